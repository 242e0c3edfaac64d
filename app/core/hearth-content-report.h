/* hearth-content-report.h: the summary `hearth --check-content` prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-course.h"

G_BEGIN_DECLS

gboolean hearth_course_check_pictures (HearthCourse *self,
                                       const char   *pictures_resource_path);
char    *hearth_content_report        (HearthCourse *self,
                                       gboolean     *valid);

G_END_DECLS
