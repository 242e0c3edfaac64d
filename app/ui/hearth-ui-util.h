/* hearth-ui-util.h: small widget helpers the pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-course-model.h"

G_BEGIN_DECLS

#define HEARTH_AVATARS_RESOURCE_PATH "/org/hearthapp/Hearth/avatars"

const char * const *hearth_avatar_names          (void);
const char         *hearth_avatar_label          (const char    *avatar);
GtkWidget          *hearth_avatar_image_new      (const char    *avatar,
                                                  int            size);
void                hearth_picture_show          (GtkPicture    *picture,
                                                  HearthPicture *course_picture,
                                                  const char    *language);
GtkWidget          *hearth_icon_button_new       (const char   *icon_name,
                                                  const char   *name);
char               *hearth_display_text          (const HearthText *text,
                                                  const char   *language);
void                hearth_flow_box_activate_children (GtkFlowBox *flow_box);
void                hearth_page_dispose          (GtkWidget     *page,
                                                  GType          type);
void                hearth_button_set_label      (GtkButton     *button,
                                                  GtkLabel      *label,
                                                  const char    *text);

G_END_DECLS
