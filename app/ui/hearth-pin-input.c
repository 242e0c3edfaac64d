/* hearth-pin-input.c: what typing may put in a PIN, and the number buttons
 *
 * Shared by the PIN page and the "Add me" page. Only digits go into a PIN,
 * at most 4; digits from an Arabic or Bengali keyboard are taken as the same
 * numbers (hearth-pin.c hashes them the same way). The number buttons are
 * laid out like a telephone's, and stay so in right-to-left languages, as
 * telephones do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hearth-i18n.h"

#include "hearth-pin.h"
#include "hearth-pin-input.h"

/* Only digits go into the PIN, any script's turned into 0 to 9. */
static void
insert_text_cb (GtkEditable *editable,
                const char  *text,
                int          length,
                int         *position,
                gpointer     user_data)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *end = text + (length < 0 ? (int) strlen (text) : length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      int value = g_unichar_digit_value (g_utf8_get_char_validated (p, end - p));

      if (value >= 0)
        g_string_append_c (digits, '0' + value);
    }

  g_signal_stop_emission_by_name (editable, "insert-text");
  if (digits->len == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (editable));
      return;
    }

  g_signal_handlers_block_by_func (editable, insert_text_cb, user_data);
  gtk_editable_insert_text (editable, digits->str, digits->len, position);
  g_signal_handlers_unblock_by_func (editable, insert_text_cb, user_data);
}

/* Makes a GtkPasswordEntry take a PIN: digits only, at most 4. */
void
hearth_pin_entry_setup (GtkWidget *password_entry)
{
  GtkEditable *delegate;

  g_return_if_fail (GTK_IS_PASSWORD_ENTRY (password_entry));

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (password_entry));
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), HEARTH_PIN_LENGTH);
  g_signal_connect (delegate, "insert-text", G_CALLBACK (insert_text_cb), NULL);
}

/* Adds a digit at the end, as a number button does; nothing while the
 * entry is off (during a wait) or full. */
void
hearth_pin_entry_add_digit (GtkWidget *password_entry,
                            int        digit)
{
  GtkEditable *editable = GTK_EDITABLE (password_entry);
  char text[2] = { '0' + digit, '\0' };
  int position;

  g_return_if_fail (digit >= 0 && digit <= 9);

  if (!gtk_widget_is_sensitive (password_entry) ||
      strlen (gtk_editable_get_text (editable)) >= HEARTH_PIN_LENGTH)
    return;

  position = (int) strlen (gtk_editable_get_text (editable));
  gtk_editable_insert_text (editable, text, 1, &position);
  gtk_editable_set_position (editable, -1);
}

void
hearth_pin_entry_delete_digit (GtkWidget *password_entry)
{
  GtkEditable *editable = GTK_EDITABLE (password_entry);
  int length = (int) strlen (gtk_editable_get_text (editable));

  if (length > 0 && gtk_widget_is_sensitive (password_entry))
    gtk_editable_delete_text (editable, length - 1, length);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkWidget             *password_entry)
{
  int digit = g_unichar_digit_value (gdk_keyval_to_unicode (keyval));

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  if (digit >= 0)
    {
      hearth_pin_entry_add_digit (password_entry, digit);
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_BackSpace)
    {
      hearth_pin_entry_delete_digit (password_entry);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Digits typed anywhere in @widget (such as while a number button has the
 * focus) still go into the PIN; the entry itself takes its own first. */
void
hearth_pin_entry_take_keys_from (GtkWidget *password_entry,
                                 GtkWidget *widget)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), password_entry, 0);
  gtk_widget_add_controller (widget, keys);
}

/* Fills @keypad with big buttons 1 to 9, then 0 and a rub-out button, in a
 * telephone's order. @digit_clicked and @delete_clicked are "clicked"
 * handlers; the first finds its number with hearth_pin_key_get_digit(). */
void
hearth_pin_keypad_fill (GtkGrid   *keypad,
                        GCallback  digit_clicked,
                        GCallback  delete_clicked,
                        gpointer   user_data)
{
  GtkWidget *delete_button;
  GtkWidget *delete_image;

  g_return_if_fail (GTK_IS_GRID (keypad));

  gtk_widget_set_direction (GTK_WIDGET (keypad), GTK_TEXT_DIR_LTR);

  for (int digit = 0; digit <= 9; digit++)
    {
      char label[2] = { '0' + digit, '\0' };
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_add_css_class (button, "pin-key");
      g_object_set_data (G_OBJECT (button), "hearth-digit", GINT_TO_POINTER (digit));
      g_signal_connect (button, "clicked", digit_clicked, user_data);
      if (digit == 0)
        gtk_grid_attach (keypad, button, 1, 3, 1, 1);
      else
        gtk_grid_attach (keypad, button, (digit - 1) % 3, (digit - 1) / 3, 1, 1);
    }

  delete_image = gtk_image_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_direction (delete_image, GTK_TEXT_DIR_LTR);
  gtk_image_set_pixel_size (GTK_IMAGE (delete_image), 24);
  delete_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (delete_button), delete_image);
  gtk_widget_add_css_class (delete_button, "pin-key");
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Rub out the last number"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rub out the last number"), -1);
  g_signal_connect (delete_button, "clicked", delete_clicked, user_data);
  gtk_grid_attach (keypad, delete_button, 2, 3, 1, 1);
}

int
hearth_pin_key_get_digit (GtkButton *key)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (key), "hearth-digit"));
}
