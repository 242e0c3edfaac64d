/* hearth-course.h: every module Hearth teaches, in every language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-course-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_COURSE (hearth_course_get_type ())

G_DECLARE_FINAL_TYPE (HearthCourse, hearth_course, HEARTH, COURSE, GObject)

/* Where the built course lives inside the application's GResource. */
#define HEARTH_COURSE_RESOURCE_PATH "/org/hearthapp/Hearth/course"
#define HEARTH_PICTURES_RESOURCE_PATH "/org/hearthapp/Hearth/course/pictures"

typedef struct
{
  guint modules;
  guint lessons;
  guint steps;
  guint questions;
  guint missing;  /* translatable strings with no translation in the language */
} HearthCourseCounts;

HearthCourse  *hearth_course_new              (void);
gboolean       hearth_course_add_module_data  (HearthCourse        *self,
                                               const char          *file_name,
                                               const char          *data,
                                               gssize               length,
                                               GError             **error);
void           hearth_course_load_resources   (HearthCourse        *self,
                                               const char          *resource_path);
gboolean       hearth_course_load_directory   (HearthCourse        *self,
                                               const char          *path,
                                               GError             **error);
guint          hearth_course_get_n_modules    (HearthCourse        *self);
HearthModule  *hearth_course_get_module       (HearthCourse        *self,
                                               guint                index);
HearthModule  *hearth_course_find_module      (HearthCourse        *self,
                                               const char          *module_id);
GPtrArray     *hearth_course_get_problems     (HearthCourse        *self);
void           hearth_course_count            (HearthCourse        *self,
                                               const char          *language,
                                               HearthCourseCounts  *counts);

G_END_DECLS
