/* hearth-pin-page.h: typing a 4-digit PIN, on big number buttons or the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-learner.h"
#include "hearth-pin.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PIN_PAGE (hearth_pin_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthPinPage, hearth_pin_page, HEARTH, PIN_PAGE, GtkWidget)

typedef enum
{
  HEARTH_PIN_PAGE_CHECK,   /* type the PIN once; "pin-entered" asks the caller to check it */
  HEARTH_PIN_PAGE_CHOOSE,  /* type a new PIN twice; "pin-entered" once both are the same */
} HearthPinPageMode;

GtkWidget     *hearth_pin_page_new          (void);
void           hearth_pin_page_set_mode     (HearthPinPage    *self,
                                             HearthPinPageMode mode);
HearthPinPageMode hearth_pin_page_get_mode  (HearthPinPage    *self);
void           hearth_pin_page_set_learner  (HearthPinPage    *self,
                                             HearthLearner    *learner);
HearthLearner *hearth_pin_page_get_learner  (HearthPinPage    *self);
void           hearth_pin_page_set_icon_name (HearthPinPage   *self,
                                             const char       *icon_name);
void           hearth_pin_page_set_title    (HearthPinPage    *self,
                                             const char       *title);
void           hearth_pin_page_set_subtitle (HearthPinPage    *self,
                                             const char       *subtitle);
void           hearth_pin_page_reset        (HearthPinPage    *self);
void           hearth_pin_page_set_verdict  (HearthPinPage    *self,
                                             HearthPinVerdict  verdict,
                                             guint             wait_seconds);
void           hearth_pin_page_show_error   (HearthPinPage    *self,
                                             const char       *message);
void           hearth_pin_page_set_extra_button (HearthPinPage *self,
                                             const char       *label,
                                             const char       *action_name);
guint          hearth_pin_page_get_wait_seconds (HearthPinPage *self);
void           hearth_pin_page_continue_from (HearthPinPage   *self,
                                             HearthPinPage    *old_page);

G_END_DECLS
