/* hearth-home-page.h: the topics, as large cards with their progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HOME_PAGE (hearth_home_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthHomePage, hearth_home_page, HEARTH, HOME_PAGE, GtkWidget)

GtkWidget *hearth_home_page_new     (HearthContext  *context);
void       hearth_home_page_refresh (HearthHomePage *self);

G_END_DECLS
