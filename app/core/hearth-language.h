/* hearth-language.h: the languages Hearth speaks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_SOURCE_LANGUAGE "en"

typedef struct
{
  const char *code;         /* ISO 639-1, as used in po/LINGUAS and xml:lang */
  const char *native_name;  /* the language's name in its own script: never translated */
  const char *english_name;
  gboolean    right_to_left;
} HearthLanguage;

const HearthLanguage *hearth_language_get_all     (guint      *n_languages);
const HearthLanguage *hearth_language_lookup      (const char *code);
const char           *hearth_language_from_locale (const char * const *locale_names);

G_END_DECLS
