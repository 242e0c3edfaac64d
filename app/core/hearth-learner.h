/* hearth-learner.h: one person learning with Hearth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_LEARNER (hearth_learner_get_type ())

G_DECLARE_FINAL_TYPE (HearthLearner, hearth_learner, HEARTH, LEARNER, GObject)

#define HEARTH_LEARNER_NAME_MAX_CHARS 60

HearthLearner *hearth_learner_new           (gint64         id,
                                             const char    *display_name,
                                             const char    *language,
                                             const char    *avatar);
gint64         hearth_learner_get_id        (HearthLearner *self);
const char    *hearth_learner_get_display_name (HearthLearner *self);
const char    *hearth_learner_get_language  (HearthLearner *self);
void           hearth_learner_set_language  (HearthLearner *self,
                                             const char    *language);
const char    *hearth_learner_get_avatar    (HearthLearner *self);
void           hearth_learner_set_display_name (HearthLearner *self,
                                             const char    *display_name);
void           hearth_learner_set_avatar    (HearthLearner *self,
                                             const char    *avatar);
gboolean       hearth_learner_get_has_pin   (HearthLearner *self);
void           hearth_learner_set_has_pin   (HearthLearner *self,
                                             gboolean       has_pin);
const char    *hearth_learner_get_participant_code (HearthLearner *self);
gint64         hearth_learner_get_workshop_id (HearthLearner *self);
void           hearth_learner_set_workshop_id (HearthLearner *self,
                                             gint64         workshop_id);

G_END_DECLS
