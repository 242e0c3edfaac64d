/* hearth-module-page.h: one topic: its lessons and its quiz
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MODULE_PAGE (hearth_module_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthModulePage, hearth_module_page, HEARTH, MODULE_PAGE, GtkWidget)

GtkWidget    *hearth_module_page_new        (HearthContext    *context);
void          hearth_module_page_set_module (HearthModulePage *self,
                                             HearthModule     *module);
HearthModule *hearth_module_page_get_module (HearthModulePage *self);
void          hearth_module_page_refresh    (HearthModulePage *self);

G_END_DECLS
