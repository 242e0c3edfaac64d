/* hearth-survey-page.h: "How sure do you feel?", with faces, before and after a module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SURVEY_PAGE (hearth_survey_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthSurveyPage, hearth_survey_page, HEARTH, SURVEY_PAGE, GtkWidget)

GtkWidget         *hearth_survey_page_new           (HearthContext    *context);
gboolean           hearth_survey_page_covers        (HearthSurveyPage *self,
                                                     const char       *module_id);
void               hearth_survey_page_open          (HearthSurveyPage *self,
                                                     HearthModule     *module,
                                                     HearthSurveyPhase phase);
void               hearth_survey_page_continue_from (HearthSurveyPage *self,
                                                     HearthSurveyPage *previous);
HearthModule      *hearth_survey_page_get_module    (HearthSurveyPage *self);
HearthSurveyPhase  hearth_survey_page_get_phase     (HearthSurveyPage *self);

G_END_DECLS
