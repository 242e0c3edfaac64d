/* hearth-contacts-page.c: a trainer's list of local help contacts
 *
 * The numbers of the local children's services and other local help, kept
 * in the profile and shown on every learner's "Get help now" page. A trainer
 * adds, corrects and removes them here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-contacts-page.h"
#include "hearth-i18n.h"
#include "hearth-ui-util.h"

struct _HearthContactsPage
{
  GtkWidget      parent_instance;

  HearthContext *context;
  gint64         editing_id;  /* 0 when adding a new contact */

  GtkListBox    *list;
  GtkLabel      *form_heading;
  GtkEntry      *name_entry;
  GtkEntry      *phone_entry;
  GtkEntry      *when_entry;
  GtkLabel      *error_label;
  GtkButton     *save_button;
  GtkWidget     *cancel_button;
};

G_DEFINE_FINAL_TYPE (HearthContactsPage, hearth_contacts_page, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_entry (GtkEntry   *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static void
show_form (HearthContactsPage *self,
           HearthLocalContact *contact)
{
  self->editing_id = contact != NULL ? contact->id : 0;
  set_entry (self->name_entry, contact != NULL ? contact->name : "");
  set_entry (self->phone_entry, contact != NULL ? contact->phone : "");
  set_entry (self->when_entry, contact != NULL ? contact->when : "");
  gtk_label_set_text (self->form_heading, contact != NULL ? _("Change a Contact") : _("Add a Contact"));
  gtk_button_set_label (self->save_button, contact != NULL ? _("_Save Changes") : _("_Add Contact"));
  gtk_widget_set_visible (self->cancel_button, contact != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
edit_clicked_cb (GtkButton          *button,
                 HearthContactsPage *self)
{
  show_form (self, g_object_get_data (G_OBJECT (button), "contact"));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
remove_clicked_cb (GtkButton          *button,
                   HearthContactsPage *self)
{
  HearthLocalContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  g_autoptr(GError) error = NULL;

  if (!hearth_store_remove_local_contact (hearth_context_get_store (self->context), contact->id, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  if (self->editing_id == contact->id)
    show_form (self, NULL);
  hearth_contacts_page_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
make_icon_button (const char         *icon_name,
                  const char         *name,
                  HearthLocalContact *contact,
                  GCallback           callback,
                  HearthContactsPage *self)
{
  GtkWidget *button = hearth_icon_button_new (icon_name, name);

  g_object_set_data (G_OBJECT (button), "contact", contact);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
make_row (HearthContactsPage *self,
          HearthLocalContact *contact)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *phone = hearth_text_isolate_left_to_right (contact->phone);
  const char *texts[] = { contact->name, phone, contact->when };
  const char *classes[] = { "title-4", "body-large", "dim-label" };
  /* Translators: a button's name; %s is the name of a local contact */
  g_autofree char *change_name = g_strdup_printf (_("Change %s"), contact->name);
  /* Translators: a button's name; %s is the name of a local contact */
  g_autofree char *remove_name = g_strdup_printf (_("Remove %s"), contact->name);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *label = gtk_label_new (texts[i]);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, classes[i]);
      gtk_box_append (GTK_BOX (labels), label);
    }
  gtk_widget_set_hexpand (labels, TRUE);

  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), make_icon_button ("document-edit-symbolic", change_name, contact,
                                                   G_CALLBACK (edit_clicked_cb), self));
  gtk_box_append (GTK_BOX (box), make_icon_button ("user-trash-symbolic", remove_name, contact,
                                                   G_CALLBACK (remove_clicked_cb), self));
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* The row owns its contact; the buttons borrow it. */
  g_object_set_data_full (G_OBJECT (row), "contact", contact, (GDestroyNotify) hearth_local_contact_free);
  return row;
}

void
hearth_contacts_page_reload (HearthContactsPage *self)
{
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GPtrArray) contacts = NULL;
  GtkWidget *child;

  g_return_if_fail (HEARTH_IS_CONTACTS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  contacts = store != NULL ? hearth_store_list_local_contacts (store, NULL) : NULL;
  if (contacts == NULL)
    return;

  /* The rows take the contacts over. */
  g_ptr_array_set_free_func (contacts, NULL);
  for (guint i = 0; i < contacts->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (contacts, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->list), contacts->len > 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthContactsPage *self = HEARTH_CONTACTS_PAGE (widget);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->editing_id != 0)
    saved = hearth_store_update_local_contact (store, self->editing_id, entry_text (self->name_entry),
                                               entry_text (self->phone_entry), entry_text (self->when_entry),
                                               &error);
  else
    saved = hearth_store_add_local_contact (store, entry_text (self->name_entry), entry_text (self->phone_entry),
                                            entry_text (self->when_entry), &error) != 0;

  if (!saved)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  show_form (self, NULL);
  hearth_contacts_page_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  show_form (HEARTH_CONTACTS_PAGE (widget), NULL);
}

static gboolean
hearth_contacts_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HEARTH_CONTACTS_PAGE (widget)->name_entry));
}

static void
hearth_contacts_page_dispose (GObject *object)
{
  HearthContactsPage *self = HEARTH_CONTACTS_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_CONTACTS_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_contacts_page_parent_class)->dispose (object);
}

static void
hearth_contacts_page_class_init (HearthContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_contacts_page_dispose;
  widget_class->grab_focus = hearth_contacts_page_grab_focus;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, list);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, form_heading);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, when_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthContactsPage, cancel_button);
  gtk_widget_class_install_action (widget_class, "contacts.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "contacts.cancel", NULL, cancel_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_contacts_page_init (HearthContactsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_contacts_page_new (HearthContext *context)
{
  HearthContactsPage *self = g_object_new (HEARTH_TYPE_CONTACTS_PAGE, NULL);

  self->context = g_object_ref (context);
  hearth_contacts_page_reload (self);
  return GTK_WIDGET (self);
}
