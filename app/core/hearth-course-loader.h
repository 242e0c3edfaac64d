/* hearth-course-loader.h: reads one course module from merged XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-course-model.h"

G_BEGIN_DECLS

#define HEARTH_COURSE_ERROR (hearth_course_error_quark ())

typedef enum
{
  HEARTH_COURSE_ERROR_MALFORMED,  /* not well-formed XML */
  HEARTH_COURSE_ERROR_INVALID,    /* well-formed, but not a valid module */
  HEARTH_COURSE_ERROR_DUPLICATE,  /* a second module with an id already loaded */
} HearthCourseError;

GQuark        hearth_course_error_quark   (void);
int           hearth_markup_line          (GMarkupParseContext *context);
char         *hearth_markup_collapse_space (const char         *text);

HearthModule *hearth_course_parse_module  (const char  *file_name,
                                           const char  *data,
                                           gssize       length,
                                           GError     **error);

G_END_DECLS
