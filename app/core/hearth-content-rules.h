/* hearth-content-rules.h: the shape and plain-language rules of the course
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-course.h"

G_BEGIN_DECLS

#define HEARTH_MIN_LESSONS           3
#define HEARTH_MAX_LESSONS           6
#define HEARTH_MIN_STEPS             4
#define HEARTH_MAX_STEPS            10
#define HEARTH_MIN_QUESTIONS         8
#define HEARTH_MAX_STEP_WORDS       60
#define HEARTH_MAX_AVERAGE_SENTENCE 14.0

typedef struct
{
  guint words;
  guint sentences;
} HearthProse;

guint    hearth_count_words            (const char   *text);
guint    hearth_count_sentences        (const char   *text);
void     hearth_module_measure_prose   (HearthModule *module,
                                        HearthProse  *prose);
gboolean hearth_course_check_rules     (HearthCourse *self);

G_END_DECLS
