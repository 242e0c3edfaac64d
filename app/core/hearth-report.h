/* hearth-report.h: the anonymised report for funders, as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The header row, which names each column (see hearth-report.c for what
 * each holds). */
#define HEARTH_REPORT_HEADER \
  "participant,workshop,language,module,started,completed,quiz_score,quiz_total," \
  "confidence_before,confidence_after,intention"

char     *hearth_report_format_csv (GPtrArray  *outcomes,
                                    gsize      *length);
gboolean  hearth_report_write_csv  (GPtrArray  *outcomes,
                                    GFile      *file,
                                    GError    **error);

G_END_DECLS
