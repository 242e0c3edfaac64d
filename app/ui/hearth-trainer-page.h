/* hearth-trainer-page.h: trainer mode, behind the trainer PIN
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRAINER_PAGE (hearth_trainer_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrainerPage, hearth_trainer_page, HEARTH, TRAINER_PAGE, GtkWidget)

GtkWidget  *hearth_trainer_page_new           (HearthContext     *context);
void        hearth_trainer_page_continue_from (HearthTrainerPage *self,
                                               HearthTrainerPage *old);
gboolean    hearth_trainer_page_go_back       (HearthTrainerPage *self);
gboolean    hearth_trainer_page_is_open       (HearthTrainerPage *self);
const char *hearth_trainer_page_get_view      (HearthTrainerPage *self);
void        hearth_trainer_page_set_view      (HearthTrainerPage *self,
                                               const char        *name);
GtkWidget  *hearth_trainer_page_get_view_widget (HearthTrainerPage *self,
                                               const char        *name);

G_END_DECLS
