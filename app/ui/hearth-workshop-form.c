/* hearth-workshop-form.c: adding a workshop, or changing one
 *
 * Name, date and place, saved with the store's own checks, so what is
 * refused here is refused everywhere, with the same words. The date starts
 * as today's, the day a trainer most often adds a workshop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-ui-util.h"
#include "hearth-workshop-form.h"

struct _HearthWorkshopForm
{
  GtkWidget      parent_instance;

  HearthContext *context;
  gint64         editing_id;  /* 0 when adding a new workshop */

  GtkLabel      *heading;
  GtkEntry      *name_entry;
  GtkEntry      *date_entry;
  GtkEntry      *place_entry;
  GtkLabel      *error_label;
  GtkButton     *save_button;
  GtkWidget     *cancel_button;
};

G_DEFINE_FINAL_TYPE (HearthWorkshopForm, hearth_workshop_form, GTK_TYPE_WIDGET)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
show_error (HearthWorkshopForm *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Signal callbacks */

static void
entry_activate_cb (HearthWorkshopForm *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "workshop-form.save", NULL);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthWorkshopForm *self = HEARTH_WORKSHOP_FORM (widget);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  gint64 id = self->editing_id;

  if (store == NULL)
    return;

  if (id != 0)
    hearth_store_update_workshop (store, id, entry_text (self->name_entry), entry_text (self->date_entry),
                                  entry_text (self->place_entry), &error);
  else
    id = hearth_store_add_workshop (store, entry_text (self->name_entry), entry_text (self->date_entry),
                                    entry_text (self->place_entry), &error);

  if (error != NULL)
    {
      show_error (self, error->message);
      return;
    }

  hearth_workshop_form_edit (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, id);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  hearth_workshop_form_edit (HEARTH_WORKSHOP_FORM (widget), NULL);
}

/* GObject and GtkWidget vfuncs */

static gboolean
hearth_workshop_form_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HEARTH_WORKSHOP_FORM (widget)->name_entry));
}

static void
hearth_workshop_form_dispose (GObject *object)
{
  HearthWorkshopForm *self = HEARTH_WORKSHOP_FORM (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_WORKSHOP_FORM);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_workshop_form_parent_class)->dispose (object);
}

static void
hearth_workshop_form_class_init (HearthWorkshopFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_workshop_form_dispose;
  widget_class->grab_focus = hearth_workshop_form_grab_focus;

  /* The id of the workshop just added or changed. */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-workshop-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, heading);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, date_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, place_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWorkshopForm, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_install_action (widget_class, "workshop-form.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "workshop-form.cancel", NULL, cancel_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_workshop_form_init (HearthWorkshopForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_workshop_form_edit (self, NULL);
}

/* Public functions */

GtkWidget *
hearth_workshop_form_new (HearthContext *context)
{
  HearthWorkshopForm *self = g_object_new (HEARTH_TYPE_WORKSHOP_FORM, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

/* Fills the form to change @workshop, or empties it for a new one. */
void
hearth_workshop_form_edit (HearthWorkshopForm   *self,
                           const HearthWorkshop *workshop)
{
  g_autofree char *date = workshop == NULL ? today () : NULL;

  g_return_if_fail (HEARTH_IS_WORKSHOP_FORM (self));

  self->editing_id = workshop != NULL ? workshop->id : 0;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), workshop != NULL ? workshop->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), workshop != NULL ? workshop->held_on : date);
  gtk_editable_set_text (GTK_EDITABLE (self->place_entry), workshop != NULL ? workshop->place : "");
  gtk_label_set_text (self->heading, workshop != NULL ? _("Change a Workshop") : _("Add a Workshop"));
  gtk_button_set_label (self->save_button, workshop != NULL ? _("_Save Changes") : _("_Add Workshop"));
  gtk_widget_set_visible (self->cancel_button, workshop != NULL);
  show_error (self, NULL);
}

/* The id of the workshop being changed, 0 when adding one. */
gint64
hearth_workshop_form_get_editing (HearthWorkshopForm *self)
{
  g_return_val_if_fail (HEARTH_IS_WORKSHOP_FORM (self), 0);
  return self->editing_id;
}
