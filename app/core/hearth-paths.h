/* hearth-paths.h: where Hearth finds what was installed with it, and where
 * a portable copy keeps its profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A file of this name beside the executable makes Hearth portable. */
#define HEARTH_PORTABLE_MARKER "portable.txt"
/* ...and it then keeps the profile and its settings in this folder, beside it. */
#define HEARTH_PORTABLE_DATA_DIR "hearth-profile"

char *hearth_paths_get_executable_dir  (void);
char *hearth_paths_get_portable_dir_in (const char *executable_dir);
char *hearth_paths_get_portable_dir    (void);
char *hearth_paths_get_locale_dir      (void);
char *hearth_paths_get_installed_data_dir (void);

G_END_DECLS
