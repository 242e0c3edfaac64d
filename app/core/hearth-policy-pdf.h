/* hearth-policy-pdf.h: a home-policy sheet as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-policy-sheet.h"

G_BEGIN_DECLS

gboolean hearth_policy_export_pdf (HearthPolicyCatalogue  *catalogue,
                                   HearthPolicy           *policy,
                                   GPtrArray              *help_contacts,
                                   const char             *language,
                                   gboolean                bilingual,
                                   HearthPaper             paper,
                                   const char             *path,
                                   gboolean                replace,
                                   guint                  *n_pages,
                                   GError                **error);

G_END_DECLS
