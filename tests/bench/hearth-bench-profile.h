/* hearth-bench-profile.h: a generated profile of many learners, for
 * benchmarks and the command-line tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-course.h"

G_BEGIN_DECLS

typedef struct
{
  guint   learners;
  guint   answers;    /* quiz answers in all, spread evenly over the learners */
  guint   workshops;  /* one learner in ten is in none */
  guint32 seed;       /* the same seed makes the same profile */
} HearthBenchShape;

gboolean hearth_bench_generate_profile (const char              *folder,
                                        HearthCourse            *course,
                                        const HearthBenchShape  *shape,
                                        GError                 **error);

G_END_DECLS
