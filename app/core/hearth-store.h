/* hearth-store.h: the learners' profile database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hearth-contacts.h"
#include "hearth-learner.h"
#include "hearth-pin.h"
#include "hearth-policy.h"
#include "hearth-workshop.h"

G_BEGIN_DECLS

#define HEARTH_STORE_ERROR (hearth_store_error_quark ())

typedef enum
{
  HEARTH_STORE_ERROR_FOLDER,        /* the data folder cannot be made or written */
  HEARTH_STORE_ERROR_OPEN,          /* profile.db cannot be opened */
  HEARTH_STORE_ERROR_TOO_NEW,       /* made by a newer Hearth */
  HEARTH_STORE_ERROR_FAILED,        /* a read or write failed */
  HEARTH_STORE_ERROR_INVALID_NAME,
} HearthStoreError;

#define HEARTH_STORE_FILE_NAME "profile.db"

typedef struct
{
  gboolean started;
  guint    last_step;     /* index of the furthest step reached */
  gint64   completed_at;  /* Unix time, 0 when not completed */
} HearthLessonProgress;

typedef struct
{
  gboolean finished;
  guint    score;
  guint    total;
} HearthQuizResult;

#define HEARTH_TYPE_STORE (hearth_store_get_type ())

G_DECLARE_FINAL_TYPE (HearthStore, hearth_store, HEARTH, STORE, GObject)

GQuark         hearth_store_error_quark           (void);

HearthStore   *hearth_store_open                  (const char            *folder,
                                                   GError               **error);
const char    *hearth_store_get_path              (HearthStore           *self);
int            hearth_store_get_schema_version    (HearthStore           *self);

gboolean       hearth_store_check_learner_name    (const char            *display_name,
                                                   GError               **error);
HearthLearner *hearth_store_add_learner           (HearthStore           *self,
                                                   const char            *display_name,
                                                   const char            *language,
                                                   const char            *avatar,
                                                   GError               **error);
GPtrArray     *hearth_store_list_learners         (HearthStore           *self,
                                                   GError               **error);
gboolean       hearth_store_set_learner_language  (HearthStore           *self,
                                                   HearthLearner         *learner,
                                                   const char            *language,
                                                   GError               **error);

gboolean       hearth_store_save_lesson_step      (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *module_id,
                                                   const char            *lesson_id,
                                                   guint                  step,
                                                   GError               **error);
gboolean       hearth_store_complete_lesson       (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *module_id,
                                                   const char            *lesson_id,
                                                   GError               **error);
gboolean       hearth_store_get_lesson_progress   (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *module_id,
                                                   const char            *lesson_id,
                                                   HearthLessonProgress  *progress,
                                                   GError               **error);

gint64         hearth_store_start_quiz_attempt    (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *module_id,
                                                   GError               **error);
gboolean       hearth_store_save_quiz_answer      (HearthStore           *self,
                                                   gint64                 attempt_id,
                                                   const char            *question_id,
                                                   const char            *chosen,
                                                   gboolean               correct,
                                                   guint                  tries,
                                                   GError               **error);
gboolean       hearth_store_finish_quiz_attempt   (HearthStore           *self,
                                                   gint64                 attempt_id,
                                                   guint                  score,
                                                   guint                  total,
                                                   GError               **error);
gboolean       hearth_store_get_best_quiz_result  (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *module_id,
                                                   HearthQuizResult      *result,
                                                   GError               **error);

GPtrArray     *hearth_store_list_local_contacts   (HearthStore           *self,
                                                   GError               **error);
gint64         hearth_store_add_local_contact     (HearthStore           *self,
                                                   const char            *name,
                                                   const char            *phone,
                                                   const char            *when,
                                                   GError               **error);
gboolean       hearth_store_update_local_contact  (HearthStore           *self,
                                                   gint64                 id,
                                                   const char            *name,
                                                   const char            *phone,
                                                   const char            *when,
                                                   GError               **error);
gboolean       hearth_store_remove_local_contact  (HearthStore           *self,
                                                   gint64                 id,
                                                   GError               **error);

gboolean       hearth_store_save_policy           (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   HearthPolicy          *policy,
                                                   GError               **error);
HearthPolicy  *hearth_store_load_policy           (HearthStore           *self,
                                                   gint64                 policy_id,
                                                   gint64                *learner_id,
                                                   GError               **error);
GPtrArray     *hearth_store_list_policies         (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   GError               **error);
gboolean       hearth_store_rename_policy         (HearthStore           *self,
                                                   gint64                 policy_id,
                                                   const char            *name,
                                                   GError               **error);
gboolean       hearth_store_delete_policy         (HearthStore           *self,
                                                   gint64                 policy_id,
                                                   GError               **error);

/* Learners' PINs, erase and details (hearth-store-learners.c). HearthPinVerdict
 * is in hearth-pin.h. A check while she must wait gives HEARTH_PIN_WAIT
 * without checking the PIN; a wrong PIN gives HEARTH_PIN_REFUSED, with
 * @wait_seconds > 0 when that try began a wait. */
gboolean       hearth_store_set_learner_pin       (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *pin,
                                                   GError               **error);
gboolean       hearth_store_check_learner_pin     (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   const char            *pin,
                                                   HearthPinVerdict      *verdict,
                                                   guint                 *wait_seconds,
                                                   GError               **error);
gboolean       hearth_store_get_learner_pin_wait  (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   guint                 *wait_seconds,
                                                   GError               **error);
gboolean       hearth_store_get_trainer_pin_wait  (HearthStore           *self,
                                                   guint                 *wait_seconds,
                                                   GError               **error);
gboolean       hearth_store_has_trainer_pin       (HearthStore           *self,
                                                   gboolean              *has_pin,
                                                   GError               **error);
gboolean       hearth_store_set_trainer_pin       (HearthStore           *self,
                                                   const char            *pin,
                                                   GError               **error);
gboolean       hearth_store_check_trainer_pin     (HearthStore           *self,
                                                   const char            *pin,
                                                   HearthPinVerdict      *verdict,
                                                   guint                 *wait_seconds,
                                                   GError               **error);
gboolean       hearth_store_delete_learner        (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   GError               **error);
gboolean       hearth_store_update_learner        (HearthStore           *self,
                                                   HearthLearner         *learner,
                                                   const char            *display_name,
                                                   const char            *avatar,
                                                   GError               **error);
gboolean       hearth_store_set_learner_workshop  (HearthStore           *self,
                                                   gint64                 learner_id,
                                                   gint64                 workshop_id,
                                                   GError               **error);

/* Workshops (hearth-store-workshops.c) */
gint64          hearth_store_add_workshop          (HearthStore           *self,
                                                    const char            *name,
                                                    const char            *held_on,
                                                    const char            *place,
                                                    GError               **error);
gboolean        hearth_store_update_workshop       (HearthStore           *self,
                                                    gint64                 id,
                                                    const char            *name,
                                                    const char            *held_on,
                                                    const char            *place,
                                                    GError               **error);
gboolean        hearth_store_delete_workshop       (HearthStore           *self,
                                                    gint64                 id,
                                                    GError               **error);
GPtrArray      *hearth_store_list_workshops        (HearthStore           *self,
                                                    GError               **error);
HearthWorkshop *hearth_store_find_workshop_by_name (HearthStore           *self,
                                                    const char            *name,
                                                    GError               **error);
GPtrArray      *hearth_store_list_workshop_learners (HearthStore          *self,
                                                     gint64                workshop_id,
                                                     GError              **error);

/* The before-and-after survey (hearth-store-survey.c) */
typedef enum
{
  HEARTH_SURVEY_BEFORE,  /* before the module's first lesson */
  HEARTH_SURVEY_AFTER,   /* after its quiz */
} HearthSurveyPhase;

#define HEARTH_SURVEY_N_CONFIDENCE 3

typedef struct
{
  gboolean offered;      /* answered or skipped: never asked again */
  gboolean skipped;
  guint    confidence[HEARTH_SURVEY_N_CONFIDENCE];  /* 1..5, 0 when not answered */
  guint    intention;    /* 1..5, 0 when not answered (always 0 before) */
  gint64   answered_at;  /* Unix time, 0 when not offered */
} HearthSurveyResponse;

const char     *hearth_survey_phase_to_string      (HearthSurveyPhase      phase);
gboolean        hearth_store_save_survey_response  (HearthStore           *self,
                                                    gint64                 learner_id,
                                                    const char            *module_id,
                                                    HearthSurveyPhase      phase,
                                                    const guint           *confidence,
                                                    guint                  intention,
                                                    GError               **error);
gboolean        hearth_store_skip_survey           (HearthStore           *self,
                                                    gint64                 learner_id,
                                                    const char            *module_id,
                                                    HearthSurveyPhase      phase,
                                                    GError               **error);
gboolean        hearth_store_get_survey_response   (HearthStore           *self,
                                                    gint64                 learner_id,
                                                    const char            *module_id,
                                                    HearthSurveyPhase      phase,
                                                    HearthSurveyResponse  *response,
                                                    GError               **error);

/* Backup and restore (hearth-store-backup.c) */
gboolean        hearth_store_backup                (HearthStore           *self,
                                                    const char            *file,
                                                    GError               **error);
gboolean        hearth_store_restore               (HearthStore           *self,
                                                    const char            *file,
                                                    GError               **error);

G_END_DECLS
