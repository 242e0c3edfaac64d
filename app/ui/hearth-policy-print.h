/* hearth-policy-print.h: printing a home policy, and picturing its pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-policy-sheet.h"

G_BEGIN_DECLS

gboolean   hearth_policy_print          (GtkWindow              *parent,
                                         HearthPolicyCatalogue  *catalogue,
                                         HearthPolicy           *policy,
                                         GPtrArray              *help_contacts,
                                         const char             *language,
                                         gboolean                bilingual,
                                         GtkPrintOperationAction action,
                                         const char             *export_path,
                                         GError                **error);
GPtrArray *hearth_policy_render_pages   (HearthPolicyCatalogue  *catalogue,
                                         HearthPolicy           *policy,
                                         GPtrArray              *help_contacts,
                                         const char             *language,
                                         gboolean                bilingual,
                                         HearthPaper             paper,
                                         double                  scale);

G_END_DECLS
