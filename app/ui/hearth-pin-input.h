/* hearth-pin-input.h: what typing may put in a PIN, and the number buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hearth_pin_entry_setup   (GtkWidget *password_entry);
void hearth_pin_entry_add_digit (GtkWidget *password_entry,
                               int        digit);
void hearth_pin_entry_delete_digit (GtkWidget *password_entry);
void hearth_pin_entry_take_keys_from (GtkWidget *password_entry,
                               GtkWidget *widget);
void hearth_pin_keypad_fill   (GtkGrid   *keypad,
                               GCallback  digit_clicked,
                               GCallback  delete_clicked,
                               gpointer   user_data);
int  hearth_pin_key_get_digit (GtkButton *key);

G_END_DECLS
