/* hearth-workshop-form.h: adding a workshop, or changing one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WORKSHOP_FORM (hearth_workshop_form_get_type ())

G_DECLARE_FINAL_TYPE (HearthWorkshopForm, hearth_workshop_form, HEARTH, WORKSHOP_FORM, GtkWidget)

GtkWidget *hearth_workshop_form_new        (HearthContext        *context);
void       hearth_workshop_form_edit       (HearthWorkshopForm   *self,
                                            const HearthWorkshop *workshop);
gint64     hearth_workshop_form_get_editing (HearthWorkshopForm  *self);

G_END_DECLS
