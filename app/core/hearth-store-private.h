/* hearth-store-private.h: for tests of schema migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_STORE_SCHEMA_VERSION 5

/* Opens the profile but migrates it no further than @target_version, so a
 * test can build a database as an older Hearth left it. */
HearthStore *hearth_store_open_at_version (const char  *folder,
                                           int          target_version,
                                           GError     **error);

G_END_DECLS
