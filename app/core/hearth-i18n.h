/* hearth-i18n.h: translation macros that follow a language change at run time
 *
 * GLib's g_dgettext() family decides once per process whether to translate
 * at all, and that decision can come out "no" when the first lookup happens
 * in English. Hearth changes language while it runs, so its own strings go
 * straight to libintl, which follows LANGUAGE after every textdomain() call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "config.h"

#include <libintl.h>

#define _(String) dgettext (GETTEXT_PACKAGE, String)
#define N_(String) (String)
/* Plurals use ngettext() itself: hearth_i18n_init() makes Hearth's domain the default. */
