/* hearth-settings.c: Hearth's settings for this computer
 *
 * The window's size and the display preferences (data/org.hearthapp.Hearth.gschema.xml).
 * A portable copy (see hearth-paths.c) keeps them in a file in its own
 * folder instead of the computer's settings, and Hearth run without its
 * schema installed, such as straight from a build folder, simply goes
 * without them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "hearth-paths.h"
#include "hearth-settings.h"

/* Hearth's settings, or NULL when the schema is not installed. */
GSettings *
hearth_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *portable_dir = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, HEARTH_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed: the window's size will not be kept",
               HEARTH_SETTINGS_SCHEMA_ID);
      return NULL;
    }

  portable_dir = hearth_paths_get_portable_dir ();
  if (portable_dir != NULL)
    {
      g_autofree char *file = g_build_filename (portable_dir, "settings.ini", NULL);
      g_autoptr(GSettingsBackend) backend = NULL;

      g_mkdir_with_parents (portable_dir, 0700);
      backend = g_keyfile_settings_backend_new (file, "/org/hearthapp/Hearth/", "hearth");

      return g_settings_new_full (schema, backend, NULL);
    }

  return g_settings_new_full (schema, NULL, NULL);
}
