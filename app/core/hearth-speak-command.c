/* hearth-speak-command.c: reading text aloud into a WAV file from the command line
 *
 * For tests, and for trainers preparing audio for a workshop:
 *   hearth --speak TEXT --language LANG [--rate slow|normal|fast] --output FILE.wav [--force]
 * A mistake in the arguments, or a language with no voice, gets one line
 * and exit status 2; a file that cannot be written, exit status 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-language.h"
#include "hearth-speak-command.h"
#include "hearth-speech.h"

#include <gio/gio.h>

#define EXIT_BAD_ARGUMENTS 2

static int
bad_arguments (const char *message)
{
  g_printerr ("hearth: %s\n", message);
  return EXIT_BAD_ARGUMENTS;
}

static gboolean
rate_from_name (const char *name,
                guint      *rate)
{
  if (name == NULL || g_str_equal (name, "normal"))
    *rate = HEARTH_SPEECH_RATE_NORMAL;
  else if (g_str_equal (name, "slow"))
    *rate = HEARTH_SPEECH_RATE_SLOW;
  else if (g_str_equal (name, "fast"))
    *rate = HEARTH_SPEECH_RATE_FAST;
  else
    return FALSE;

  return TRUE;
}

/* Returns the exit status, or -1 when --speak was not given. */
int
hearth_speak_command (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *message = NULL;
  const char *text = NULL, *language = NULL, *output = NULL, *rate_name = NULL;
  gboolean replace = FALSE;
  guint rate;

  if (!g_variant_dict_lookup (options, "speak", "&s", &text))
    return -1;

  g_variant_dict_lookup (options, "language", "&s", &language);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "rate", "&s", &rate_name);
  g_variant_dict_lookup (options, "force", "b", &replace);

  if (language == NULL || hearth_language_lookup (language) == NULL)
    {
      message = g_strdup_printf (_("--speak needs --language with one of: %s."), "en bn ar ur hi");
      return bad_arguments (message);
    }
  if (!hearth_speech_has_voice (language))
    {
      message = g_strdup_printf (_("Hearth has no voice for “%s” yet: it cannot read it aloud."), language);
      return bad_arguments (message);
    }
  if (output == NULL)
    return bad_arguments (_("--speak needs --output and the WAV file to write."));
  if (!rate_from_name (rate_name, &rate))
    return bad_arguments (_("--rate must be slow, normal or fast."));

  file = g_file_new_for_commandline_arg (output);
  if (!replace && g_file_query_exists (file, NULL))
    {
      message = g_strdup_printf (_("“%s” is already there. Add --force to replace it."), output);
      return bad_arguments (message);
    }

  if (!hearth_speech_write_wav (text, language, rate, file, &error))
    {
      g_printerr ("hearth: %s\n", error->message);
      return 1;
    }

  return 0;
}
