/* hearth-speak-command.h: reading text aloud into a WAV file from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hearth_speak_command (GVariantDict *options);

G_END_DECLS
