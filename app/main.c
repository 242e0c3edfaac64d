/* main.c: starts Hearth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-application.h"
#include "hearth-context.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HearthApplication) app = NULL;

  hearth_i18n_init ();

  app = hearth_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
