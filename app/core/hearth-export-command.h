/* hearth-export-command.h: exporting home-policy sheets from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hearth_export_command (GVariantDict *options,
                           const char   *data_dir);

G_END_DECLS
