/* hearth-paths.c: where Hearth finds what was installed with it, and where
 * a portable copy keeps its profile
 *
 * On Linux, Hearth is installed where meson was told and those paths are
 * built in. On Windows, Hearth is a folder that can be put anywhere, even on
 * a USB stick, so its translations and help are found from where hearth.exe
 * is. Either way, a file "portable.txt" beside the executable asks Hearth to
 * keep everything it writes in a folder beside it, and nothing on the
 * computer it runs on: a workshop's laptops then keep no trace of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-paths.h"

#ifdef G_OS_WIN32
#include <windows.h>
#endif

/* The folder the running executable is in, or NULL where that cannot be
 * known. */
char *
hearth_paths_get_executable_dir (void)
{
#if defined (G_OS_WIN32)
  wchar_t path[MAX_PATH * 4];
  DWORD length = GetModuleFileNameW (NULL, path, G_N_ELEMENTS (path));
  g_autofree char *utf8 = NULL;

  if (length == 0 || length >= G_N_ELEMENTS (path))
    return NULL;
  utf8 = g_utf16_to_utf8 ((const gunichar2 *) path, length, NULL, NULL, NULL);
  return utf8 != NULL ? g_path_get_dirname (utf8) : NULL;
#elif defined (__linux__)
  g_autofree char *path = g_file_read_link ("/proc/self/exe", NULL);

  return path != NULL ? g_path_get_dirname (path) : NULL;
#else
  return NULL;
#endif
}

/* The folder a portable Hearth in @executable_dir keeps its profile in, or
 * NULL when there is no portable.txt beside it. */
char *
hearth_paths_get_portable_dir_in (const char *executable_dir)
{
  g_autofree char *marker = NULL;

  if (executable_dir == NULL)
    return NULL;

  marker = g_build_filename (executable_dir, HEARTH_PORTABLE_MARKER, NULL);
  if (!g_file_test (marker, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_build_filename (executable_dir, HEARTH_PORTABLE_DATA_DIR, NULL);
}

char *
hearth_paths_get_portable_dir (void)
{
  g_autofree char *executable_dir = hearth_paths_get_executable_dir ();

  return hearth_paths_get_portable_dir_in (executable_dir);
}

/* The installation's share folder, found from the executable on Windows
 * (hearth.exe is in bin/, beside share/); NULL elsewhere, where the paths
 * meson configured are used instead. */
char *
hearth_paths_get_installed_data_dir (void)
{
#ifdef G_OS_WIN32
  g_autofree char *root = g_win32_get_package_installation_directory_of_module (NULL);

  return root != NULL ? g_build_filename (root, "share", NULL) : NULL;
#else
  return NULL;
#endif
}

/* Where the translations are: $HEARTH_LOCALEDIR (set by `meson devenv` and
 * the tests, to use the ones in the build tree), then the installation's own
 * on Windows, then the configured one. */
char *
hearth_paths_get_locale_dir (void)
{
  const char *from_environment = g_getenv ("HEARTH_LOCALEDIR");
  g_autofree char *data_dir = NULL;

  if (from_environment != NULL)
    return g_strdup (from_environment);

  data_dir = hearth_paths_get_installed_data_dir ();
  if (data_dir != NULL)
    return g_build_filename (data_dir, "locale", NULL);

  return g_strdup (LOCALEDIR);
}
