/* hearth-help-page.h: "Get help now": who to contact, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HELP_PAGE (hearth_help_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthHelpPage, hearth_help_page, HEARTH, HELP_PAGE, GtkWidget)

GtkWidget *hearth_help_page_new     (HearthContext  *context);
void       hearth_help_page_refresh (HearthHelpPage *self);

G_END_DECLS
