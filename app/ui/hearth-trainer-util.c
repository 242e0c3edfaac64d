/* hearth-trainer-util.c: telling the trainer how something went
 *
 * Short news ("Saved") goes in a toast on the trainer's area; what needs
 * reading, such as why a backup was refused, or a question before
 * something is erased, goes in a dialog that stays until it is answered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hearth-i18n.h"

#include "hearth-trainer-util.h"

#define LAST_TOAST "hearth-last-toast"

/* Forgets a toast once it has gone. */
static void
toast_dismissed_cb (AdwToast        *toast,
                    AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), LAST_TOAST) == toast)
    g_object_set_data (G_OBJECT (overlay), LAST_TOAST, NULL);
}

/* On the nearest toast overlay: the trainer page's. The newest news takes
 * the place of the last one still on show, rather than waiting behind it
 * (changing its title, as dismissing a toast while it slides in upsets
 * libadwaita 1.2). */
void
hearth_trainer_toast (GtkWidget  *from,
                      const char *message)
{
  AdwToastOverlay *overlay = ADW_IS_TOAST_OVERLAY (from)
                             ? ADW_TOAST_OVERLAY (from)
                             : (AdwToastOverlay *) gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);
  /* A toast's title is markup in libadwaita 1.2: names and file names are not. */
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = g_object_get_data (G_OBJECT (overlay), LAST_TOAST);
  if (toast != NULL)
    {
      adw_toast_set_title (toast, title);
      return;
    }

  toast = adw_toast_new (title);
  g_object_set_data_full (G_OBJECT (overlay), LAST_TOAST, g_object_ref (toast), g_object_unref);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  in_list)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (in_list))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_list_item_set_child (item, label);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  in_list)
{
  GtkStringObject *name = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (name));
}

static GtkListItemFactory *
name_factory_new (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (name_setup_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (name_bind_cb), GINT_TO_POINTER (in_list));
  return factory;
}

/* For a drop-down of workshop names (a GtkStringList), which may be 80
 * letters long: on its button a long name ends in "…", so it cannot push
 * the window wider than the screen; in its list every name is whole,
 * wrapped. */
void
hearth_trainer_drop_down_init (GtkDropDown *choice)
{
  g_autoptr(GtkListItemFactory) button_factory = name_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = name_factory_new (TRUE);

  gtk_drop_down_set_factory (choice, button_factory);
  gtk_drop_down_set_list_factory (choice, list_factory);
}

static AdwMessageDialog *
message_dialog_new (GtkWidget  *from,
                    const char *heading,
                    const char *body)
{
  GtkRoot *root = gtk_widget_get_root (from);

  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, body));
}

void
hearth_trainer_tell (GtkWidget  *from,
                     const char *heading,
                     const char *body)
{
  AdwMessageDialog *dialog = message_dialog_new (from, heading, body);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  HearthConfirmedFunc confirmed;
  GObject            *object;
  gpointer            data;
  GDestroyNotify      data_free;
} Confirmation;

static void
confirmation_free (gpointer  user_data,
                   GClosure *closure)
{
  Confirmation *confirmation = user_data;

  g_object_unref (confirmation->object);
  if (confirmation->data_free != NULL)
    confirmation->data_free (confirmation->data);
  g_free (confirmation);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Confirmation     *confirmation)
{
  if (g_strcmp0 (response, "confirm") == 0)
    confirmation->confirmed (confirmation->object, confirmation->data);
}

/* Asks before something that cannot be undone; @confirmed runs with
 * @object (kept alive meanwhile) and @data only on the destructive answer.
 * Cancel is the default, so a hasty Enter is safe. */
void
hearth_trainer_confirm (GtkWidget           *from,
                        const char          *heading,
                        const char          *body,
                        const char          *action_label,
                        HearthConfirmedFunc  confirmed,
                        GObject             *object,
                        gpointer             data,
                        GDestroyNotify       data_free)
{
  AdwMessageDialog *dialog = message_dialog_new (from, heading, body);
  Confirmation *confirmation = g_new0 (Confirmation, 1);

  confirmation->confirmed = confirmed;
  confirmation->object = g_object_ref (object);
  confirmation->data = data;
  confirmation->data_free = data_free;

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm", action_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (confirm_response_cb),
                         confirmation, confirmation_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
