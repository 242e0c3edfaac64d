/* hearth-survey.h: the before-and-after survey's words, in every language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-course.h"
#include "hearth-text.h"

G_BEGIN_DECLS

#define HEARTH_SURVEY_RESOURCE "/org/hearthapp/Hearth/survey/survey.xml"
#define HEARTH_SURVEY_FACES_RESOURCE_PATH "/org/hearthapp/Hearth/survey"

/* Each module has this many confidence statements, answered from 1 to
 * HEARTH_SURVEY_SCALE_MAX. */
#define HEARTH_SURVEY_N_STATEMENTS 3
#define HEARTH_SURVEY_SCALE_MAX 5

typedef struct _HearthSurvey HearthSurvey;

HearthSurvey     *hearth_survey_parse          (const char    *file_name,
                                                const char    *data,
                                                gssize         length,
                                                GError       **error);
HearthSurvey     *hearth_survey_load           (GError       **error);
void              hearth_survey_free           (HearthSurvey  *self);

gboolean          hearth_survey_has_module     (HearthSurvey  *self,
                                                const char    *module_id);
const HearthText *hearth_survey_get_statement  (HearthSurvey  *self,
                                                const char    *module_id,
                                                guint          index);
const HearthText *hearth_survey_get_intention  (HearthSurvey  *self);
const HearthText *hearth_survey_get_scale_word (HearthSurvey  *self,
                                                guint          value);
gboolean          hearth_survey_check_course   (HearthSurvey  *self,
                                                HearthCourse  *course,
                                                GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSurvey, hearth_survey_free)

G_END_DECLS
