/* hearth-application.h: the Hearth application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_APPLICATION (hearth_application_get_type ())

G_DECLARE_FINAL_TYPE (HearthApplication, hearth_application, HEARTH, APPLICATION, AdwApplication)

HearthApplication *hearth_application_new (const char        *application_id,
                                           GApplicationFlags  flags);

G_END_DECLS
