/* hearth-trainer-page.c: trainer mode, behind the trainer PIN
 *
 * The first time, the trainer chooses a PIN (typed twice); after that it is
 * asked for, with the PIN page's growing wait after wrong tries. Only once
 * it is right are the trainer's screens built: workshops, results, the
 * local help contacts, and the PIN, backup and restore, on the tabs of an
 * AdwViewStack. So nothing of them, not even the learners' results, exists
 * in the window before the PIN is accepted, and the window removes this
 * whole page when the trainer leaves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-i18n.h"

#include "hearth-contacts-page.h"
#include "hearth-dashboard-view.h"
#include "hearth-pin-page.h"
#include "hearth-trainer-page.h"
#include "hearth-trainer-settings.h"
#include "hearth-trainer-util.h"
#include "hearth-trainer-workshops.h"
#include "hearth-ui-util.h"

typedef enum
{
  STATE_FIRST_USE,     /* no trainer PIN yet: choose one */
  STATE_LOCKED,        /* type the trainer PIN */
  STATE_OPEN,          /* the trainer's screens */
  STATE_CHANGING_PIN,  /* choosing a new PIN, from the open screens */
} State;

struct _HearthTrainerPage
{
  GtkWidget       parent_instance;

  HearthContext  *context;
  State           state;

  /* the trainer's screens, built when the PIN is accepted */
  GtkWidget      *workshops;
  GtkWidget      *dashboard;
  GtkWidget      *contacts;
  GtkWidget      *settings;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack       *gate;
  HearthPinPage  *pin_page;
  GtkWidget      *cancel_button;
  AdwViewStack   *view_stack;
};

G_DEFINE_FINAL_TYPE (HearthTrainerPage, hearth_trainer_page, GTK_TYPE_WIDGET)

enum {
  LEAVE,
  LEARNERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HearthStore *
get_store (HearthTrainerPage *self)
{
  return hearth_context_get_store (self->context);
}

static void
show_pin_page (HearthTrainerPage *self,
               State              state)
{
  self->state = state;
  hearth_pin_page_set_mode (self->pin_page, state == STATE_LOCKED ? HEARTH_PIN_PAGE_CHECK : HEARTH_PIN_PAGE_CHOOSE);
  hearth_pin_page_set_icon_name (self->pin_page, "system-lock-screen-symbolic");

  switch (state)
    {
    case STATE_FIRST_USE:
      hearth_pin_page_set_title (self->pin_page, _("Choose a Trainer PIN"));
      hearth_pin_page_set_subtitle (self->pin_page,
                                    _("Only trainers need this. It keeps the workshops, the results and the "
                                      "backups safe. Do not tell it to the learners."));
      break;
    case STATE_LOCKED:
      hearth_pin_page_set_title (self->pin_page, _("For Trainers"));
      hearth_pin_page_set_subtitle (self->pin_page, _("Type the trainer PIN."));
      break;
    case STATE_CHANGING_PIN:
      hearth_pin_page_set_title (self->pin_page, _("Choose a New Trainer PIN"));
      hearth_pin_page_set_subtitle (self->pin_page, NULL);
      break;
    case STATE_OPEN:
    default:
      g_assert_not_reached ();
    }

  gtk_stack_set_visible_child_name (self->gate, "pin");
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->pin_page));
}

static void
reload_view (HearthTrainerPage *self,
             GtkWidget         *view)
{
  if (view == NULL)
    return;
  if (view == self->workshops)
    hearth_trainer_workshops_reload (HEARTH_TRAINER_WORKSHOPS (view));
  else if (view == self->dashboard)
    hearth_dashboard_view_reload (HEARTH_DASHBOARD_VIEW (view));
  else if (view == self->contacts)
    hearth_contacts_page_reload (HEARTH_CONTACTS_PAGE (view));
}

/* Signal callbacks */

static void
view_shown_cb (HearthTrainerPage *self)
{
  /* Each screen is read again when shown, so a workshop added on one tab
   * is there on the next. */
  reload_view (self, adw_view_stack_get_visible_child (self->view_stack));
}

static void
change_pin_cb (HearthTrainerPage *self)
{
  show_pin_page (self, STATE_CHANGING_PIN);
}

static void
learners_changed_cb (HearthTrainerPage *self)
{
  g_signal_emit (self, signals[LEARNERS_CHANGED], 0);
}

static void
profile_replaced_cb (HearthTrainerPage *self)
{
  reload_view (self, self->workshops);
  reload_view (self, self->dashboard);
  reload_view (self, self->contacts);
  g_signal_emit (self, signals[LEARNERS_CHANGED], 0);
}

static void
build_views (HearthTrainerPage *self)
{
  struct { GtkWidget **view; GtkWidget *(*create) (HearthContext *); const char *name, *title, *icon; } views[] = {
    { &self->workshops, hearth_trainer_workshops_new, "workshops", _("Workshops"), "system-users-symbolic" },
    { &self->dashboard, hearth_dashboard_view_new, "dashboard", _("Results"), "x-office-spreadsheet-symbolic" },
    { &self->contacts, hearth_contacts_page_new, "contacts", _("Help Contacts"), "call-start-symbolic" },
    { &self->settings, hearth_trainer_settings_new, "settings", _("PIN and Backup"), "emblem-system-symbolic" },
  };

  if (self->workshops != NULL)
    return;

  g_signal_handlers_block_by_func (self->view_stack, view_shown_cb, self);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      *views[i].view = views[i].create (self->context);
      adw_view_stack_add_titled_with_icon (self->view_stack, *views[i].view, views[i].name, views[i].title,
                                           views[i].icon);
    }
  g_signal_handlers_unblock_by_func (self->view_stack, view_shown_cb, self);

  g_signal_connect_object (self->settings, "change-pin", G_CALLBACK (change_pin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workshops, "learners-changed", G_CALLBACK (learners_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "profile-replaced", G_CALLBACK (profile_replaced_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
open_area (HearthTrainerPage *self)
{
  self->state = STATE_OPEN;
  hearth_pin_page_reset (self->pin_page);
  build_views (self);
  gtk_stack_set_visible_child_name (self->gate, "area");
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
pin_entered_cb (HearthTrainerPage *self,
                const char        *pin)
{
  g_autoptr(GError) error = NULL;
  HearthPinVerdict verdict = HEARTH_PIN_REFUSED;
  guint wait_seconds = 0;

  if (get_store (self) == NULL)
    return;

  if (self->state == STATE_LOCKED)
    {
      if (!hearth_store_check_trainer_pin (get_store (self), pin, &verdict, &wait_seconds, &error))
        hearth_pin_page_show_error (self->pin_page, error->message);
      else if (verdict != HEARTH_PIN_ACCEPTED)
        hearth_pin_page_set_verdict (self->pin_page, verdict, wait_seconds);
      else
        open_area (self);
      return;
    }

  if (!hearth_store_set_trainer_pin (get_store (self), pin, &error))
    {
      hearth_pin_page_show_error (self->pin_page, error->message);
      return;
    }

  hearth_trainer_toast (GTK_WIDGET (self->toast_overlay),
                        self->state == STATE_CHANGING_PIN ? _("The trainer PIN is changed.")
                                                          : _("The trainer PIN is set. Keep it to yourself."));
  open_area (self);
}

/* Actions */

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[LEAVE], 0);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthTrainerPage *self = HEARTH_TRAINER_PAGE (widget);

  if (!hearth_trainer_page_go_back (self))
    g_signal_emit (self, signals[LEAVE], 0);
}

/* GObject and GtkWidget vfuncs */

static gboolean
hearth_trainer_page_grab_focus (GtkWidget *widget)
{
  HearthTrainerPage *self = HEARTH_TRAINER_PAGE (widget);
  GtkWidget *view;

  if (self->state != STATE_OPEN)
    return gtk_widget_grab_focus (GTK_WIDGET (self->pin_page));

  view = adw_view_stack_get_visible_child (self->view_stack);
  return view != NULL && gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD);
}

static void
hearth_trainer_page_dispose (GObject *object)
{
  HearthTrainerPage *self = HEARTH_TRAINER_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_TRAINER_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_trainer_page_parent_class)->dispose (object);
}

static void
hearth_trainer_page_class_init (HearthTrainerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_trainer_page_dispose;
  widget_class->grab_focus = hearth_trainer_page_grab_focus;

  /* The trainer is done: the window shows the learners' pictures. */
  signals[LEAVE] =
    g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Learners were erased, restored or lost their PINs: the picker should
   * read them again. */
  signals[LEARNERS_CHANGED] =
    g_signal_new ("learners-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_PIN_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-trainer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerPage, gate);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerPage, pin_page);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, pin_entered_cb);
  gtk_widget_class_install_action (widget_class, "trainer.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "trainer.cancel", NULL, cancel_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_trainer_page_init (HearthTrainerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->view_stack, "notify::visible-child", G_CALLBACK (view_shown_cb), self);
}

/* Public functions */

GtkWidget *
hearth_trainer_page_new (HearthContext *context)
{
  HearthTrainerPage *self = g_object_new (HEARTH_TYPE_TRAINER_PAGE, NULL);
  g_autoptr(GError) error = NULL;
  gboolean has_pin = TRUE;

  self->context = g_object_ref (context);

  /* If the profile cannot say, ask for a PIN rather than offer a new one. */
  if (get_store (self) != NULL && !hearth_store_has_trainer_pin (get_store (self), &has_pin, &error))
    {
      has_pin = TRUE;
      hearth_pin_page_show_error (self->pin_page, error->message);
    }
  show_pin_page (self, has_pin ? STATE_LOCKED : STATE_FIRST_USE);
  return GTK_WIDGET (self);
}

/* After a change of language: the new page opens where the old one was,
 * without asking for the PIN again. */
void
hearth_trainer_page_continue_from (HearthTrainerPage *self,
                                   HearthTrainerPage *old)
{
  g_return_if_fail (HEARTH_IS_TRAINER_PAGE (self));
  g_return_if_fail (HEARTH_IS_TRAINER_PAGE (old));

  if (old->state == STATE_OPEN || old->state == STATE_CHANGING_PIN)
    {
      g_autofree char *view = g_strdup (hearth_trainer_page_get_view (old));

      open_area (self);
      if (view != NULL)
        hearth_trainer_page_set_view (self, view);
      hearth_dashboard_view_set_workshop (HEARTH_DASHBOARD_VIEW (self->dashboard),
                                          hearth_dashboard_view_get_workshop (HEARTH_DASHBOARD_VIEW (old->dashboard)));
      if (old->state == STATE_CHANGING_PIN)
        show_pin_page (self, STATE_CHANGING_PIN);
    }
}

/* What Back does inside trainer mode: stop changing the PIN. FALSE when
 * Back should leave trainer mode. */
gboolean
hearth_trainer_page_go_back (HearthTrainerPage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINER_PAGE (self), FALSE);

  if (self->state != STATE_CHANGING_PIN)
    return FALSE;

  open_area (self);
  return TRUE;
}

/* Whether the PIN has been accepted. */
gboolean
hearth_trainer_page_is_open (HearthTrainerPage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINER_PAGE (self), FALSE);
  return self->state == STATE_OPEN;
}

/* The tab shown: "workshops", "dashboard", "contacts" or "settings". */
const char *
hearth_trainer_page_get_view (HearthTrainerPage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINER_PAGE (self), NULL);
  return self->state == STATE_OPEN ? adw_view_stack_get_visible_child_name (self->view_stack) : NULL;
}

void
hearth_trainer_page_set_view (HearthTrainerPage *self,
                              const char        *name)
{
  g_return_if_fail (HEARTH_IS_TRAINER_PAGE (self));
  g_return_if_fail (self->state == STATE_OPEN);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* For tests: a tab's widget, NULL before the PIN is accepted. */
GtkWidget *
hearth_trainer_page_get_view_widget (HearthTrainerPage *self,
                                     const char        *name)
{
  g_return_val_if_fail (HEARTH_IS_TRAINER_PAGE (self), NULL);
  return self->workshops != NULL ? adw_view_stack_get_child_by_name (self->view_stack, name) : NULL;
}
