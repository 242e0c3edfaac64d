/* main.c: starts Hearth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-application.h"
#include "hearth-context.h"

#ifdef G_OS_WIN32
#include <stdio.h>
#include <windows.h>

#include "hearth-paths.h"

/* hearth.exe is a windowed program, so Windows gives it no console. Started
 * from a Command Prompt, for --check-content or --export-report say, it
 * prints there. And the folder can be anywhere, so espeak-ng is told where
 * its voices are: share/espeak-ng-data, beside bin/. */
static void
setup_windows (void)
{
  g_autofree char *data_dir = hearth_paths_get_installed_data_dir ();

  if (AttachConsole (ATTACH_PARENT_PROCESS))
    {
      if (freopen ("CONOUT$", "w", stdout) == NULL || freopen ("CONOUT$", "w", stderr) == NULL)
        g_debug ("Hearth cannot print to the Command Prompt");
    }

  if (data_dir != NULL)
    g_setenv ("HEARTH_ESPEAK_DATA", data_dir, FALSE);
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HearthApplication) app = NULL;

#ifdef G_OS_WIN32
  setup_windows ();
#endif
  hearth_i18n_init ();

  app = hearth_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
