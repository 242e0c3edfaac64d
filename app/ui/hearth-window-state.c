/* hearth-window-state.c: the window's size, kept from one use to the next
 *
 * The window opens as big as it was when it was last closed, and filling the
 * screen if it did then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-window-state.h"

/* The schema's ranges: a value outside them would be refused. */
#define MIN_WIDTH 360
#define MIN_HEIGHT 400
#define MAX_SIZE 32767

void
hearth_window_state_restore (GtkWindow *window,
                             GSettings *settings)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (G_IS_SETTINGS (settings));

  gtk_window_set_default_size (window,
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);
}

void
hearth_window_state_save (GtkWindow *window,
                          GSettings *settings)
{
  int width, height;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (G_IS_SETTINGS (settings));

  /* GTK keeps the default size at the size the window has when it is not
   * maximized, which is the size to come back to. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (settings, "window-width", CLAMP (width, MIN_WIDTH, MAX_SIZE));
  g_settings_set_int (settings, "window-height", CLAMP (height, MIN_HEIGHT, MAX_SIZE));
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
}
