/* hearth-test-check.h: runs a libcheck suite the same way in every test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <check.h>

/* Runs @suite, prints libcheck's summary and returns main()'s exit status. */
static inline int
hearth_test_run_suite (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
