/* hearth-help-page.c: "Get help now": who to contact, and when
 *
 * One click from every screen. Numbers are shown large, with a button to
 * copy them; a web address is shown as words and opens in the browser only
 * when the learner presses its button, since Hearth itself never goes online.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-contacts.h"
#include "hearth-help-page.h"
#include "hearth-i18n.h"
#include "hearth-ui-util.h"

struct _HearthHelpPage
{
  GtkWidget      parent_instance;

  HearthContext *context;
  GPtrArray     *national;  /* HearthContact */

  GtkScrolledWindow *scroller;
  GtkBox        *national_box;
  GtkWidget     *no_local_label;
  GtkBox        *local_box;
  GtkBox        *advice_box;
};

G_DEFINE_FINAL_TYPE (HearthHelpPage, hearth_help_page, GTK_TYPE_WIDGET)

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
copy_clicked_cb (GtkButton      *button,
                 HearthHelpPage *self)
{
  const char *phone = g_object_get_data (G_OBJECT (button), "phone");
  /* Translators: said after a phone number was copied; %s is the number */
  g_autofree char *message = g_strdup_printf (_("Copied %s"), phone);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), phone);
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

static void
open_clicked_cb (GtkButton      *button,
                 HearthHelpPage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
}

/* "https://www.ceop.police.uk/" reads as "www.ceop.police.uk". */
static char *
address_for_people (const char *uri)
{
  const char *start = g_str_has_prefix (uri, "https://") ? uri + strlen ("https://") : uri;
  g_autofree char *address = g_strdup (start);

  if (g_str_has_suffix (address, "/"))
    address[strlen (address) - 1] = '\0';

  return g_steal_pointer (&address);
}

static GtkWidget *
make_button (const char *icon_name,
             const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_size_request (button, -1, 48);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_card (HearthHelpPage *self,
           const char     *name,
           const char     *when,
           const char     *phone,
           const char     *web)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "contact-card");
  gtk_box_append (GTK_BOX (card), make_label (name, "title-3"));
  gtk_box_append (GTK_BOX (card), make_label (when, "body-large"));

  if (phone != NULL)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      g_autofree char *isolated = hearth_text_isolate_left_to_right (phone);
      GtkWidget *number = make_label (isolated, "phone-number");
      GtkWidget *copy = make_button ("edit-copy-symbolic", _("_Copy"));
      /* Translators: a button's name for screen readers; %s is a phone number */
      g_autofree char *copy_name = g_strdup_printf (_("Copy %s"), phone);

      /* Selectable with the mouse, but not a stop for Tab: Copy is. */
      gtk_label_set_selectable (GTK_LABEL (number), TRUE);
      gtk_widget_set_focusable (number, FALSE);
      g_object_set_data_full (G_OBJECT (copy), "phone", g_strdup (phone), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, copy_name, -1);
      g_signal_connect (copy, "clicked", G_CALLBACK (copy_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), number);
      gtk_box_append (GTK_BOX (row), copy);
      gtk_box_append (GTK_BOX (card), row);
    }

  if (web != NULL)
    {
      g_autofree char *address = address_for_people (web);
      g_autofree char *isolated = hearth_text_isolate_left_to_right (address);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      GtkWidget *address_label = make_label (isolated, "body-large");
      GtkWidget *open = make_button ("web-browser-symbolic", _("_Open Website"));
      /* Translators: a button's name for screen readers; %s is a web address */
      g_autofree char *open_name = g_strdup_printf (_("Open %s"), address);

      gtk_label_set_selectable (GTK_LABEL (address_label), TRUE);
      gtk_widget_set_focusable (address_label, FALSE);
      g_object_set_data_full (G_OBJECT (open), "uri", g_strdup (web), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_name, -1);
      gtk_widget_set_tooltip_text (open, web);
      g_signal_connect (open, "clicked", G_CALLBACK (open_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), address_label);
      gtk_box_append (GTK_BOX (row), open);
      gtk_box_append (GTK_BOX (card), row);
    }

  return card;
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* Shows the contacts again, with any local ones a trainer has changed. */
void
hearth_help_page_refresh (HearthHelpPage *self)
{
  const char *language = hearth_context_get_language (self->context);
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GPtrArray) local = NULL;

  g_return_if_fail (HEARTH_IS_HELP_PAGE (self));

  remove_children (self->national_box);
  remove_children (self->advice_box);
  for (guint i = 0; self->national != NULL && i < self->national->len; i++)
    {
      HearthContact *contact = g_ptr_array_index (self->national, i);

      g_autofree char *name = hearth_display_text (contact->name, language);
      g_autofree char *when = hearth_display_text (contact->when, language);

      gtk_box_append (contact->advice ? self->advice_box : self->national_box,
                      make_card (self, name, when, contact->phone, contact->web));
    }

  remove_children (self->local_box);
  local = store != NULL ? hearth_store_list_local_contacts (store, NULL) : NULL;
  for (guint i = 0; local != NULL && i < local->len; i++)
    {
      HearthLocalContact *contact = g_ptr_array_index (local, i);

      gtk_box_append (self->local_box, make_card (self, contact->name, contact->when, contact->phone, NULL));
    }

  gtk_widget_set_visible (self->no_local_label, local == NULL || local->len == 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static gboolean
hearth_help_page_grab_focus (GtkWidget *widget)
{
  HearthHelpPage *self = HEARTH_HELP_PAGE (widget);

  /* The first button: copying 999. */
  return gtk_widget_child_focus (GTK_WIDGET (self->national_box), GTK_DIR_TAB_FORWARD);
}

static void
hearth_help_page_dispose (GObject *object)
{
  HearthHelpPage *self = HEARTH_HELP_PAGE (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_HELP_PAGE);
  g_clear_pointer (&self->national, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_help_page_parent_class)->dispose (object);
}

static void
hearth_help_page_class_init (HearthHelpPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_help_page_dispose;
  widget_class->grab_focus = hearth_help_page_grab_focus;

  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-help-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHelpPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthHelpPage, national_box);
  gtk_widget_class_bind_template_child (widget_class, HearthHelpPage, no_local_label);
  gtk_widget_class_bind_template_child (widget_class, HearthHelpPage, local_box);
  gtk_widget_class_bind_template_child (widget_class, HearthHelpPage, advice_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_help_page_init (HearthHelpPage *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->national = hearth_contacts_load_national (&error);
  if (self->national == NULL)
    g_printerr ("%s\n", error->message);
}

GtkWidget *
hearth_help_page_new (HearthContext *context)
{
  HearthHelpPage *self = g_object_new (HEARTH_TYPE_HELP_PAGE, NULL);

  self->context = g_object_ref (context);
  hearth_help_page_refresh (self);
  return GTK_WIDGET (self);
}
