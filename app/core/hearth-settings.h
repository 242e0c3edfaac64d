/* hearth-settings.h: Hearth's settings for this computer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HEARTH_SETTINGS_SCHEMA_ID "org.hearthapp.Hearth"

GSettings *hearth_settings_new (void);

G_END_DECLS
