/* hearth-context.h: what every screen shares: course, profile, learner, language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-course.h"
#include "hearth-learner.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CONTEXT (hearth_context_get_type ())

G_DECLARE_FINAL_TYPE (HearthContext, hearth_context, HEARTH, CONTEXT, GObject)

HearthContext *hearth_context_new             (const char     *data_dir,
                                               const char     *course_dir);
HearthCourse  *hearth_context_get_course      (HearthContext  *self);
HearthStore   *hearth_context_get_store       (HearthContext  *self);
const GError  *hearth_context_get_store_error (HearthContext  *self);
HearthLearner *hearth_context_get_learner     (HearthContext  *self);
void           hearth_context_set_learner     (HearthContext  *self,
                                               HearthLearner  *learner);
const char    *hearth_context_get_language    (HearthContext  *self);
gboolean       hearth_context_set_language    (HearthContext  *self,
                                               const char     *language,
                                               GError        **error);

void           hearth_i18n_init               (void);
char          *hearth_default_data_dir        (void);
void           hearth_apply_ui_language       (const char     *language);

G_END_DECLS
