/* hearth-profile-command.h: the report, backup and restore from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hearth_profile_command (GVariantDict *options,
                            const char   *data_dir,
                            const char   *course_dir);

G_END_DECLS
