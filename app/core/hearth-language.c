/* hearth-language.c: the languages Hearth speaks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-language.h"

#include <string.h>

/* The order is the order of the picker on the first screen. Native names are
 * written in each language's own script so a learner can find hers before she
 * can read anything else on the screen. */
static const HearthLanguage languages[] = {
  { "en", "English", "English", FALSE },
  { "bn", "বাংলা", "Bengali", FALSE },
  { "ar", "العربية", "Arabic", TRUE },
  { "ur", "اردو", "Urdu", TRUE },
  { "hi", "हिन्दी", "Hindi", FALSE },
  { "so", "Soomaali", "Somali", FALSE },
};

const HearthLanguage *
hearth_language_get_all (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const HearthLanguage *
hearth_language_lookup (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strcmp (languages[i].code, code) == 0)
      return &languages[i];

  return NULL;
}

/* Picks the first supported language from a list such as the one
 * g_get_language_names() returns ("bn_BD.UTF-8", "bn_BD", "bn", "C"), falling
 * back to English. */
const char *
hearth_language_from_locale (const char * const *locale_names)
{
  for (guint i = 0; locale_names != NULL && locale_names[i] != NULL; i++)
    {
      char code[3] = { 0 };

      if (strlen (locale_names[i]) < 2)
        continue;
      if (locale_names[i][2] != '\0' && locale_names[i][2] != '_' &&
          locale_names[i][2] != '.' && locale_names[i][2] != '@')
        continue;

      memcpy (code, locale_names[i], 2);
      if (hearth_language_lookup (code) != NULL)
        return hearth_language_lookup (code)->code;
    }

  return HEARTH_SOURCE_LANGUAGE;
}
