/* hearth-window-state.h: the window's size, kept from one use to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hearth_window_state_restore (GtkWindow *window,
                                  GSettings *settings);
void hearth_window_state_save    (GtkWindow *window,
                                  GSettings *settings);

G_END_DECLS
