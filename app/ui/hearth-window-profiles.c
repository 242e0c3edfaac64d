/* hearth-window-profiles.c: signing in with a PIN, and signing out
 *
 * Part of HearthWindow. A learner with a PIN is asked for it on the PIN page
 * before her lessons open; once in, "My PIN" in the menu lets her choose a
 * new one or remove it, on the same page. Signing out (Back from her home page, or "Switch
 * Learner") builds every page again, empty, so whoever sits down next sees
 * nothing of hers: not her name, not the lesson she had open, not her
 * family agreement, not a survey half answered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include <adwaita.h>

#include "hearth-pin-page.h"
#include "hearth-window-private.h"

/* A toast about her PIN; taken away on signing out, so the next person
 * does not read it. */
static void
show_pin_toast (HearthWindow *self,
                const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_object_set_data_full (G_OBJECT (self), "hearth-pin-toast", g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
back_home (HearthWindow *self)
{
  hearth_pin_page_reset (HEARTH_PIN_PAGE (self->pin_page));
  hearth_pin_page_set_learner (HEARTH_PIN_PAGE (self->pin_page), NULL);
  hearth_window_show_page (self, "home");
}

/* "My PIN": she has typed her new PIN twice. */
static void
save_new_pin (HearthWindow *self,
              const char   *pin)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  if (learner == NULL || store == NULL)
    return;

  if (!hearth_store_set_learner_pin (store, hearth_learner_get_id (learner), pin, &error))
    {
      hearth_pin_page_show_error (HEARTH_PIN_PAGE (self->pin_page), error->message);
      hearth_pin_page_set_mode (HEARTH_PIN_PAGE (self->pin_page), HEARTH_PIN_PAGE_CHOOSE);
      return;
    }

  hearth_learner_set_has_pin (learner, TRUE);
  back_home (self);
  show_pin_toast (self, _("Your new PIN is saved."));
}

static void
pin_entered_cb (HearthWindow *self,
                const char   *pin)
{
  HearthPinPage *page = HEARTH_PIN_PAGE (self->pin_page);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(HearthLearner) learner = NULL;
  g_autoptr(GError) error = NULL;
  HearthPinVerdict verdict;
  guint wait = 0;

  if (hearth_pin_page_get_mode (page) == HEARTH_PIN_PAGE_CHOOSE)
    {
      save_new_pin (self, pin);
      return;
    }

  if (hearth_pin_page_get_learner (page) == NULL || store == NULL)
    return;

  learner = g_object_ref (hearth_pin_page_get_learner (page));
  if (!hearth_store_check_learner_pin (store, hearth_learner_get_id (learner), pin, &verdict, &wait, &error))
    {
      hearth_pin_page_show_error (page, error->message);
      return;
    }

  hearth_pin_page_set_verdict (page, verdict, wait);
  if (verdict != HEARTH_PIN_ACCEPTED)
    return;

  /* Her picture and name leave the PIN page once she is in. */
  hearth_pin_page_set_learner (page, NULL);
  hearth_window_sign_in (self, learner);
}

/* In the language of the moment: again after a language change. */
static void
set_pin_page_titles (HearthWindow *self)
{
  HearthPinPage *page = HEARTH_PIN_PAGE (self->pin_page);
  HearthLearner *learner = hearth_context_get_learner (self->context);

  if (hearth_pin_page_get_mode (page) == HEARTH_PIN_PAGE_CHECK)
    {
      hearth_pin_page_set_title (page, NULL);
      hearth_pin_page_set_subtitle (page, _("Your PIN keeps your lessons private."));
      hearth_pin_page_set_extra_button (page, NULL, NULL);
      return;
    }

  hearth_pin_page_set_title (page, _("Your PIN"));
  hearth_pin_page_set_subtitle (page, _("When you share this laptop, a PIN keeps your lessons private. "
                                        "Nobody can see it, not even your trainer."));
  if (learner != NULL && hearth_learner_get_has_pin (learner))
    hearth_pin_page_set_extra_button (page, _("_Remove My PIN"), "win.remove-pin");
  else
    hearth_pin_page_set_extra_button (page, NULL, NULL);
}

static void
update_actions (HearthWindow *self)
{
  gboolean signed_in = hearth_context_get_learner (self->context) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.my-pin", signed_in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-pin", signed_in);
}

/* Builds the PIN page, again after a language change, in the same place. */
void
hearth_window_build_pin_page (HearthWindow *self)
{
  GtkWidget *old_page = self->pin_page;

  self->pin_page = hearth_pin_page_new ();
  g_signal_connect_object (self->pin_page, "pin-entered", G_CALLBACK (pin_entered_cb), self, G_CONNECT_SWAPPED);

  if (old_page != NULL)
    {
      hearth_pin_page_continue_from (HEARTH_PIN_PAGE (self->pin_page), HEARTH_PIN_PAGE (old_page));
      gtk_stack_remove (self->stack, old_page);
    }

  set_pin_page_titles (self);
  gtk_stack_add_named (self->stack, self->pin_page, "pin");
  update_actions (self);
}

/* Shows the PIN page when @learner has a PIN, with any wait she still has
 * from wrong tries before; returns FALSE when she has none. */
gboolean
hearth_window_ask_pin (HearthWindow  *self,
                       HearthLearner *learner)
{
  HearthPinPage *page = HEARTH_PIN_PAGE (self->pin_page);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  guint wait = 0;

  if (!hearth_learner_get_has_pin (learner) || store == NULL)
    return FALSE;

  hearth_pin_page_set_mode (page, HEARTH_PIN_PAGE_CHECK);
  hearth_pin_page_set_learner (page, learner);
  set_pin_page_titles (self);

  if (!hearth_store_get_learner_pin_wait (store, hearth_learner_get_id (learner), &wait, &error))
    hearth_pin_page_show_error (page, error->message);
  else if (wait > 0)
    hearth_pin_page_set_verdict (page, HEARTH_PIN_WAIT, wait);

  hearth_window_show_page (self, "pin");
  return TRUE;
}

/* Back from the PIN page: to the picker, nobody signed in; from "My PIN",
 * home with the PIN unchanged. */
void
hearth_window_leave_pin_page (HearthWindow *self)
{
  if (hearth_context_get_learner (self->context) != NULL)
    {
      back_home (self);
      return;
    }

  hearth_pin_page_reset (HEARTH_PIN_PAGE (self->pin_page));
  hearth_pin_page_set_learner (HEARTH_PIN_PAGE (self->pin_page), NULL);
  hearth_window_show_page (self, "picker");
}

/* "My PIN" in the menu: a new PIN, typed twice, or none. */
void
hearth_window_my_pin_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthLearner *learner = hearth_context_get_learner (self->context);
  HearthPinPage *page = HEARTH_PIN_PAGE (self->pin_page);

  if (learner == NULL || hearth_context_get_store (self->context) == NULL)
    return;

  hearth_pin_page_set_mode (page, HEARTH_PIN_PAGE_CHOOSE);
  hearth_pin_page_set_learner (page, learner);
  set_pin_page_titles (self);
  hearth_window_show_page (self, "pin");
}

static void
remove_pin_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        HearthWindow     *self)
{
  HearthLearner *learner = hearth_context_get_learner (self->context);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0 || learner == NULL || store == NULL)
    return;

  if (!hearth_store_set_learner_pin (store, hearth_learner_get_id (learner), NULL, &error))
    {
      hearth_window_show_toast (self, error->message);
      return;
    }

  hearth_learner_set_has_pin (learner, FALSE);
  back_home (self);
  show_pin_toast (self, _("Your PIN is removed."));
}

void
hearth_window_remove_pin_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (hearth_context_get_learner (self->context) == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Remove Your PIN?"),
                                                       _("Then anyone using this laptop can open your lessons "
                                                         "and your family agreement.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep My PIN"), "remove", _("_Remove PIN"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_pin_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Called by hearth_window_sign_in(), and on signing out below. */
void
hearth_window_update_profile_actions (HearthWindow *self)
{
  update_actions (self);
}

void
hearth_window_sign_out (HearthWindow *self)
{
  /* Every page that can hold something of a learner's. Each is thrown away
   * here and built again, empty, by hearth_window_build_pages(): removed
   * and forgotten, so that has no old page to carry her place over from.
   * A new page that shows a learner's data must be listed here, or it
   * would keep it for the next person (tests/test-ui-profiles.c checks
   * that no page survives signing out). */
  GtkWidget **pages[] = {
    &self->home, &self->module_page, &self->lesson_view, &self->quiz_view, &self->policies_page,
    &self->policy_builder, &self->survey_page, &self->pin_page,
  };
  AdwToast *toast = g_object_get_data (G_OBJECT (self), "hearth-pin-toast");

  if (toast != NULL)
    adw_toast_dismiss (toast);
  g_object_set_data (G_OBJECT (self), "hearth-pin-toast", NULL);

  hearth_context_set_learner (self->context, NULL);
  g_clear_pointer (&self->return_page, g_free);

  /* The picker first, so nothing of hers is on screen meanwhile, and the
   * rebuild stays on the picker. */
  hearth_window_show_page (self, "picker");
  gtk_window_set_focus (GTK_WINDOW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (*pages[i] != NULL)
      {
        gtk_stack_remove (self->stack, *pages[i]);
        *pages[i] = NULL;
      }

  hearth_window_build_pages (self);
  hearth_window_show_page (self, "picker");
  update_actions (self);
}
