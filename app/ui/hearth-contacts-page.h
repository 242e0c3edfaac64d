/* hearth-contacts-page.h: a trainer's list of local help contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CONTACTS_PAGE (hearth_contacts_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthContactsPage, hearth_contacts_page, HEARTH, CONTACTS_PAGE, GtkWidget)

GtkWidget *hearth_contacts_page_new    (HearthContext      *context);
void       hearth_contacts_page_reload (HearthContactsPage *self);

G_END_DECLS
