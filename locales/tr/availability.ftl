# Polku — Türkçe: danışmanın görüşme saatleri (/availability).

command-availability = Görüşme saatleriniz

## The view

availability-view =
    <b>Görüşme saatleriniz</b>

    { $lines }
availability-none = Henüz görüşme saatiniz yok. Siz saat ekleyene kadar öğrenciler görüşme ayarlayamaz.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } dk + { $buffer } dk · { $mode }{ $place }
availability-line-off = { $number }. { $day }: izinli
availability-line-extra = { $number }. { $day } { $start }–{ $end } (ek) · { $length } dk + { $buffer } dk · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 { $number } numarayı sil
availability-add-weekly-button = ➕ Haftalık saatler
availability-add-off-button = 🌴 İzin günü
availability-add-extra-button = ➕ Bir gün için ek saatler
availability-show-button = 📅 Görüşme saatleriniz
availability-removed = Bu saatleri sildim. Bu saatlerde ayarlanmış görüşmeler yine geçerli.

## The questions

option-days-mon = Pazartesi
option-days-tue = Salı
option-days-wed = Çarşamba
option-days-thu = Perşembe
option-days-fri = Cuma
option-days-sat = Cumartesi
option-days-sun = Pazar
option-length-45 = 45 dk (normal)
option-length-30 = 30 dk
option-length-60 = 60 dk
option-length-90 = 90 dk
option-buffer-15 = 15 dk (normal)
option-buffer-0 = 0 dk (ara yok)
option-buffer-10 = 10 dk
option-buffer-30 = 30 dk
availability-ask-days = Öğrencilerle hangi günler görüşüyorsunuz? Günleri seçin, sonra Tamam'a basın.
availability-ask-extra-day = Hangi gün ek saatleriniz var? Tarihi yazın, örneğin 31.12.2026.
availability-ask-off-day = Hangi gün yoksunuz? Tarihi yazın, örneğin 31.12.2026.
availability-ask-start = Saat kaçtan itibaren? Örneğin 9 veya 9.30.
availability-ask-end = Saat kaça kadar? (Başlangıç: { $start }.) Örneğin 12 veya 15.30.
availability-ask-length = Bir görüşme ne kadar sürüyor?
availability-ask-buffer = Görüşmeler arasında ne kadar ara olsun?
availability-ask-mode = Nasıl görüşüyorsunuz?
availability-ask-place = Nerede görüşüyorsunuz? Yeri yazın, örneğin "Oda 2". Ya da Geç'e basın.
availability-ask-link = Görüntülü görüşmenin linkini yazın, örneğin https://meet.example.fi/mikko
availability-confirm-weekly =
    Bu saatleri kaydedeyim mi?
    📅 { $days }
    🕘 { $start }–{ $end }
    Görüşme: { $length }, ara: { $buffer } · { $mode }
availability-confirm-extra =
    Bu ek saatleri kaydedeyim mi?
    📅 { $day }
    🕘 { $start }–{ $end }
    Görüşme: { $length }, ara: { $buffer } · { $mode }
availability-saved = ✅ Kaydettim. Öğrenciler artık bu saatlerde görüşme ayarlayabilir.
availability-off-saved =
    ✅ Kaydettim: o gün yoksunuz.
    { $count ->
        [0] O gün için ayarlanmış görüşme yok.
        [one] O gün için bir görüşme hâlâ ayarlı. Onu /appointments içinde iptal edin.
       *[other] O gün için { $count } görüşme hâlâ ayarlı. Onları /appointments içinde iptal edin.
    }
availability-not-saved = Hiçbir şey kaydetmedim.

## Problems

availability-invalid-time = Lütfen bir saat yazın, örneğin 9, 9.30 veya 14:00.
availability-invalid-end = Bitiş, başlangıçtan ({ $start }) sonra olmalı. Lütfen daha geç bir saat yazın.
availability-invalid-length = Görüşme bu saatlere sığmıyor ({ $minutes } dk). Lütfen daha kısa bir görüşme seçin.
availability-invalid-place = Lütfen daha kısa bir yer yazın (en fazla { $limit } karakter).
availability-invalid-link = Lütfen linkin tamamını yazın. Link https:// ile başlar.
availability-invalid-day = Lütfen bugünden bir yıl sonrasına kadar bir gün yazın.
