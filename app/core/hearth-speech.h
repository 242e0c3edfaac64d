/* hearth-speech.h: reading text aloud with espeak-ng
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HEARTH_SPEECH_ERROR (hearth_speech_error_quark ())

typedef enum
{
  HEARTH_SPEECH_ERROR_NO_VOICE,  /* no voice for this language (yet) */
  HEARTH_SPEECH_ERROR_FAILED,    /* espeak-ng could not start or speak */
} HearthSpeechError;

/* Words a minute: espeak-ng's own range is 80 to 450. */
#define HEARTH_SPEECH_RATE_SLOW    120
#define HEARTH_SPEECH_RATE_NORMAL  150
#define HEARTH_SPEECH_RATE_FAST    185

/* Where a sentence starts in the sound: for highlighting what is being read. */
typedef struct
{
  guint sample;       /* the first sample of the sentence */
  guint text_offset;  /* its first byte in the text */
} HearthSpeechMark;

/* Sound as 16-bit signed mono samples, at sample_rate a second. */
typedef struct
{
  GBytes *samples;
  guint   sample_rate;
  GArray *sentences;  /* HearthSpeechMark, in order */
} HearthSpeechAudio;

GQuark             hearth_speech_error_quark (void);

gboolean           hearth_speech_has_voice   (const char         *language);
HearthSpeechAudio *hearth_speech_synthesize  (const char         *text,
                                              const char         *language,
                                              guint               rate,
                                              GError            **error);
GBytes            *hearth_speech_audio_to_wav (HearthSpeechAudio *audio);
gboolean           hearth_speech_write_wav   (const char         *text,
                                              const char         *language,
                                              guint               rate,
                                              GFile              *file,
                                              GError            **error);
void               hearth_speech_audio_free  (HearthSpeechAudio  *audio);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSpeechAudio, hearth_speech_audio_free)

G_END_DECLS
