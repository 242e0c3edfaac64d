/* hearth-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"
#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow  *hearth_window_new             (HearthApplication *application,
                                              HearthContext     *context);
HearthContext *hearth_window_get_context     (HearthWindow      *self);
const char    *hearth_window_get_page_name   (HearthWindow      *self);
const char    *hearth_window_get_manual_page (HearthWindow      *self);
GtkWidget     *hearth_window_get_page        (HearthWindow      *self,
                                              const char        *name);

G_END_DECLS
