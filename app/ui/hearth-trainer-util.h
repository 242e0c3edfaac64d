/* hearth-trainer-util.h: telling the trainer how something went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*HearthConfirmedFunc) (GObject *object, gpointer data);

void hearth_trainer_toast   (GtkWidget  *from,
                             const char *message);
void hearth_trainer_drop_down_init (GtkDropDown *choice);
void hearth_trainer_tell    (GtkWidget  *from,
                             const char *heading,
                             const char *body);
void hearth_trainer_confirm (GtkWidget           *from,
                             const char          *heading,
                             const char          *body,
                             const char          *action_label,
                             HearthConfirmedFunc  confirmed,
                             GObject             *object,
                             gpointer             data,
                             GDestroyNotify       data_free);

G_END_DECLS
