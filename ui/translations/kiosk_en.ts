<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>ただいま受付できません</source>
        <translation>Reception is not available right now</translation>
    </message>
    <message>
        <source>システムに接続できません。</source>
        <translation>Cannot connect to the system.</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください。</source>
        <translation>Please speak to the reception staff.</translation>
    </message>
    <message>
        <source>もう一度顔認証</source>
        <translation>Try face recognition again</translation>
    </message>
    <message>
        <source>顔認証</source>
        <translation>Face recognition</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>職員による目視確認</source>
        <translation>Visual check by staff</translation>
    </message>
    <message>
        <source>本人確認の方法を選んでください。</source>
        <translation>Please choose how to confirm your identity.</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Identity confirmation</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>カメラの準備をしています。</source>
        <translation>Getting the camera ready.</translation>
    </message>
    <message>
        <source>顔を枠に合わせて、カメラを見てください。</source>
        <translation>Fit your face in the frame and look at the camera.</translation>
    </message>
    <message>
        <source>%1 回目（全 %2 回）</source>
        <translation>Attempt %1 of %2</translation>
    </message>
    <message>
        <source>認証しました</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>本人確認ができました。</source>
        <translation>Your identity is confirmed.</translation>
    </message>
    <message>
        <source>暗証番号または職員による確認をご利用ください。</source>
        <translation>Please use your PIN or a check by staff instead.</translation>
    </message>
    <message>
        <source>顔認証できませんでした</source>
        <translation>Face recognition did not succeed</translation>
    </message>
    <message>
        <source>職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。</source>
        <translation>For staff: check visually that this is the card holder, then enter the facility password.</translation>
    </message>
    <message>
        <source>患者さんの暗証番号ではありません。</source>
        <translation>Do not enter the patient&apos;s PIN here.</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>続けて間違ったパスワードが入力されたため、この端末では入力を止めています。</source>
        <translation>Too many wrong passwords were entered, so password entry is stopped on this terminal.</translation>
    </message>
    <message>
        <source>健康保険証の利用登録</source>
        <translation>Registration for use as a health insurance card</translation>
    </message>
    <message>
        <source>このカードは健康保険証としての利用登録がされていません。</source>
        <translation>This card is not registered for use as a health insurance card.</translation>
    </message>
    <message>
        <source>今ここで登録しますか？</source>
        <translation>Would you like to register it now?</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>登録しない</source>
        <translation>Do not register</translation>
    </message>
    <message>
        <source>利用規約と登録内容</source>
        <translation>Terms of use and registration</translation>
    </message>
    <message>
        <source>同意して登録する</source>
        <translation>Agree and register</translation>
    </message>
    <message>
        <source>過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？</source>
        <translation>Do you agree to share information such as your past medical care and medicines with this clinic or pharmacy?</translation>
    </message>
    <message>
        <source>同意は24時間有効です。</source>
        <translation>Your consent is valid for 24 hours.</translation>
    </message>
    <message>
        <source>情報共有への同意</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <source>全て同意する</source>
        <translation>Agree to all</translation>
    </message>
    <message>
        <source>個別に同意する</source>
        <translation>Choose item by item</translation>
    </message>
    <message>
        <source>項目ごとに選んでください。</source>
        <translation>Please choose for each item.</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法</source>
        <translation>How to receive your prescription</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法を選んでください。</source>
        <translation>Please choose how to receive your prescription.</translation>
    </message>
    <message>
        <source>電子処方箋</source>
        <translation>Electronic prescription</translation>
    </message>
    <message>
        <source>紙の処方箋</source>
        <translation>Paper prescription</translation>
    </message>
    <message>
        <source>カードをお取りください。</source>
        <translation>Please take your card.</translation>
    </message>
    <message>
        <source>受付が完了しました</source>
        <translation>Check-in complete</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください</source>
        <translation>Please speak to the reception staff</translation>
    </message>
    <message>
        <source>健康保険証の受付</source>
        <translation>Health insurance check-in</translation>
    </message>
    <message>
        <source>マイナンバーカードを置いてください。</source>
        <translation>Please place your My Number Card.</translation>
    </message>
    <message>
        <source>顔写真のある面を上にして、カード置き場に置いてください。</source>
        <translation>Put it on the card stand with the photo side facing up.</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Reading your card. Please do not move it.</translation>
    </message>
    <message>
        <source>確認中</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>確認しています。しばらくお待ちください。</source>
        <translation>Checking. Please wait a moment.</translation>
    </message>
    <message>
        <source>このカードは使えません</source>
        <translation>This card cannot be used</translation>
    </message>
    <message>
        <source>復旧すると、自動的に受付を再開します。</source>
        <translation>Reception will resume by itself once this is fixed.</translation>
    </message>
    <message>
        <source>暗証番号（数字4桁）を入力してください。</source>
        <translation>Please enter your PIN (4 digits).</translation>
    </message>
    <message>
        <source>あと %1 回間違えるとロックされます。</source>
        <translation>Tries left before your PIN is locked: %1</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>暗証番号の入力</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>顔認証で確認する</source>
        <translation>Use face recognition</translation>
    </message>
    <message>
        <source>暗証番号がロックされました</source>
        <translation>Your PIN is locked</translation>
    </message>
    <message>
        <source>操作を続けますか？</source>
        <translation>Do you want to continue?</translation>
    </message>
    <message>
        <source>続ける場合は「続ける」を押してください。</source>
        <translation>To go on, press “Continue”.</translation>
    </message>
    <message>
        <source>操作がないため、%1 秒後に最初の画面に戻ります。</source>
        <translation>No activity: returning to the first screen in %1 seconds.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>言語を選んでください</source>
        <translation>Please choose a language</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>お手続きを選んでください。</source>
        <translation>Please choose what you would like to do.</translation>
    </message>
    <message>
        <source>健康保険証利用の申込み</source>
        <translation>Apply to use your card as a health insurance card</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>Mynaportal</translation>
    </message>
    <message>
        <source>健康保険証利用の申込</source>
        <translation>Apply to use your card as a health insurance card</translation>
    </message>
    <message>
        <source>登録状況の確認</source>
        <translation>Check registration status</translation>
    </message>
    <message>
        <source>利用規約</source>
        <translation>Terms of use</translation>
    </message>
    <message>
        <source>次の内容で登録します。よろしければ「登録する」を押してください。</source>
        <translation>The following will be registered. If this is correct, press &quot;Register&quot;.</translation>
    </message>
    <message>
        <source>登録後は、医療機関・薬局の受付でこのカードを健康保険証として使えます。</source>
        <translation>Once registered, you can use this card as your health insurance card at the reception of clinics, hospitals and pharmacies.</translation>
    </message>
    <message>
        <source>マイナンバーカードを健康保険証として利用するための登録を行います。</source>
        <translation>You are about to register your My Number Card for use as a health insurance card.</translation>
    </message>
    <message>
        <source>登録すると、医療機関・薬局でマイナンバーカードにより保険資格が確認されます。</source>
        <translation>Once it is registered, clinics and pharmacies check your health insurance coverage with your My Number Card.</translation>
    </message>
    <message>
        <source>診療や薬の情報は、ご本人が同意した場合に限り医療機関・薬局と共有されます。</source>
        <translation>Information on your medical care and medicines is shared with clinics and pharmacies only if you agree.</translation>
    </message>
    <message>
        <source>ICチップに診療や薬の情報は記録されません。</source>
        <translation>No information on medical care or medicines is stored on the card&apos;s IC chip.</translation>
    </message>
    <message>
        <source>お手続き: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>本人確認: %1</source>
        <translation>Identity confirmed by: %1</translation>
    </message>
    <message>
        <source>電子証明書の有効期限: %1</source>
        <translation>Electronic certificate valid until: %1</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>同意しない</source>
        <translation>Do not agree</translation>
    </message>
    <message>
        <source>カードの挿入</source>
        <translation>Insert your card</translation>
    </message>
    <message>
        <source>マイナンバーカードを挿入してください。</source>
        <translation>Please insert your My Number Card.</translation>
    </message>
    <message>
        <source>カードの読み取り</source>
        <translation>Read your card</translation>
    </message>
    <message>
        <source>マイナンバーカードをスマートフォンの背面にかざしてください。読み取りが終わるまで動かさないでください。</source>
        <translation>Hold your My Number Card against the back of your smartphone. Keep it still until reading is finished.</translation>
    </message>
    <message>
        <source>登録内容の確認</source>
        <translation>Confirm the registration</translation>
    </message>
    <message>
        <source>手続きが終わりました</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>ここでは手続きできません</source>
        <translation>This cannot be done here</translation>
    </message>
    <message>
        <source>このカードは健康保険証として利用登録されています。</source>
        <translation>This card is registered for use as a health insurance card.</translation>
    </message>
    <message>
        <source>このカードはまだ健康保険証として利用登録されていません。</source>
        <translation>This card is not yet registered for use as a health insurance card.</translation>
    </message>
    <message>
        <source>登録状況</source>
        <translation>Registration status</translation>
    </message>
    <message>
        <source>カードが取り出されたため、受付を中止しました。</source>
        <translation>The card was taken out, so the procedure was cancelled.</translation>
    </message>
    <message>
        <source>これは健康保険証です。受付の職員にお渡しください。</source>
        <translation>This is a health insurance card. Please hand it to the reception staff.</translation>
    </message>
    <message>
        <source>マイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation>This is not a My Number Card. Please place your My Number Card.</translation>
    </message>
    <message>
        <source>カードのICチップが読み取れません。カードの再発行はお住まいの市区町村の窓口で行えます。</source>
        <translation>The card&apos;s IC chip cannot be read. You can get a new card at your municipal office.</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。置き直してください。</source>
        <translation>The card could not be read. Please place it again.</translation>
    </message>
    <message>
        <source>カードリーダーに問題が発生しました。</source>
        <translation>There is a problem with the card reader.</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>The PIN is not correct.</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です。</source>
        <translation>Your PIN is 4 digits.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています。ロックの解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>Your PIN is locked. You can have it unlocked at your municipal office.</translation>
    </message>
    <message>
        <source>暗証番号を3回間違えたため、ロックされました。解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>A wrong PIN was entered 3 times, so your PIN is now locked. You can have it unlocked at your municipal office.</translation>
    </message>
    <message>
        <source>このカードは顔認証マイナンバーカードです（暗証番号はありません）。</source>
        <translation>This is a face-recognition-only My Number Card (it has no PIN).</translation>
    </message>
    <message>
        <source>カードの写真と一致しませんでした。</source>
        <translation>Your face did not match the photo on the card.</translation>
    </message>
    <message>
        <source>顔を確認できませんでした。</source>
        <translation>Your face could not be checked.</translation>
    </message>
    <message>
        <source>カメラが使えません。</source>
        <translation>The camera cannot be used.</translation>
    </message>
    <message>
        <source>カードの写真を読み取れません。</source>
        <translation>The photo on the card cannot be read.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>%1 はパスワードの入力が止められています（%2 まで）。</source>
        <translation>Password entry is stopped on %1 (until %2).</translation>
    </message>
    <message>
        <source>ロックを解除しました。</source>
        <translation>Unlocked.</translation>
    </message>
    <message>
        <source>パスワードが違います。</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>解除できませんでした。</source>
        <translation>Could not unlock.</translation>
    </message>
    <message>
        <source>Web API（登録のない医療機関コード）</source>
        <translation>Web API (an unregistered institution code)</translation>
    </message>
    <message>
        <source>Web API（医療機関コード %1）</source>
        <translation>Web API (institution code %1)</translation>
    </message>
    <message>
        <source>パスワードの入力ができなくなりました。係員をお呼びください。</source>
        <translation>The password can no longer be entered. Please call a member of staff.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません。</source>
        <translation>This facility does not offer visual checks by staff.</translation>
    </message>
    <message>
        <source>このカードは一時利用停止されています（紛失・盗難の届出）。</source>
        <translation>This card is suspended (reported lost or stolen).</translation>
    </message>
    <message>
        <source>このカードの電子証明書は失効しています。</source>
        <translation>The electronic certificate on this card has been revoked.</translation>
    </message>
    <message>
        <source>このカードの電子証明書の有効期限が切れています。</source>
        <translation>The electronic certificate on this card has expired.</translation>
    </message>
    <message>
        <source>このカードの電子証明書はまだ有効になっていません。</source>
        <translation>The electronic certificate on this card is not valid yet.</translation>
    </message>
    <message>
        <source>このカードの電子証明書を確認できません。</source>
        <translation>The electronic certificate on this card cannot be verified.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録をしていません。受付の職員に資格確認書などをお見せください。</source>
        <translation>This card is not registered for use as a health insurance card. Please show the reception staff your Eligibility Certificate (資格確認書) or a similar document.</translation>
    </message>
    <message>
        <source>このカードは登録済みです。変更はありません。</source>
        <translation>This card is already registered. Nothing has changed.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録が完了しました。</source>
        <translation>Your card is now registered for use as a health insurance card.</translation>
    </message>
    <message>
        <source>保険の資格情報が見つからないため、登録できませんでした。</source>
        <translation>Your health insurance record was not found, so the card could not be registered.</translation>
    </message>
    <message>
        <source>このカードは登録できません。</source>
        <translation>This card cannot be registered.</translation>
    </message>
    <message>
        <source>保険資格を確認しました。</source>
        <translation>Your health insurance coverage has been confirmed.</translation>
    </message>
    <message>
        <source>有効な保険資格が確認できませんでした（資格無効）。</source>
        <translation>No valid health insurance coverage could be confirmed (資格無効: not valid).</translation>
    </message>
    <message>
        <source>新しい保険の資格がまだ有効になっていません。</source>
        <translation>Your new health insurance is not active yet.</translation>
    </message>
    <message>
        <source>保険の資格情報がありません。</source>
        <translation>There is no health insurance record.</translation>
    </message>
    <message>
        <source>資格情報を特定できませんでした。</source>
        <translation>Your insurance record could not be identified.</translation>
    </message>
    <message>
        <source>電子証明書の有効期限が切れています。保険資格の確認のみ行いました（医療情報は共有されません）。</source>
        <translation>Your electronic certificate has expired. Only your health insurance coverage was checked (no medical information is shared).</translation>
    </message>
    <message>
        <source>電子証明書の更新時期です。お住まいの市区町村の窓口で更新してください。</source>
        <translation>It is time to renew your electronic certificate. Please renew it at your municipal office.</translation>
    </message>
    <message>
        <source>操作がなかったため、最初の画面に戻りました。</source>
        <translation>There was no activity, so the first screen is shown again.</translation>
    </message>
    <message>
        <source>受付を中止しました。</source>
        <translation>The procedure was cancelled.</translation>
    </message>
    <message>
        <source>お住まいの市区町村の窓口へお越しください。</source>
        <translation>Please go to your municipal office.</translation>
    </message>
    <message>
        <source>マイナンバー総合フリーダイヤル %1（紛失・盗難による一時利用停止は24時間365日）</source>
        <translation>My Number toll-free line %1 (to suspend a lost or stolen card: 24 hours a day, 365 days a year)</translation>
    </message>
    <message>
        <source>医療機関・薬局の顔認証付きカードリーダーをご利用ください。</source>
        <translation>Please use the face recognition card reader at a clinic or pharmacy.</translation>
    </message>
    <message>
        <source>加入している保険者（勤務先の健康保険組合など）にお問い合わせください。</source>
        <translation>Please contact your health insurer (for example, your employer&apos;s health insurance society).</translation>
    </message>
    <message>
        <source>もう一度お試しください。</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <source>顔が見つかりません。カメラの正面に立ってください。</source>
        <translation>Your face cannot be found. Please stand in front of the camera.</translation>
    </message>
    <message>
        <source>複数の顔が映っています。お一人でカメラの前に立ってください。</source>
        <translation>More than one face is in view. Only one person should stand in front of the camera.</translation>
    </message>
    <message>
        <source>もう少しカメラに近づいてください。</source>
        <translation>Please come a little closer to the camera.</translation>
    </message>
    <message>
        <source>カメラから少し離れてください。</source>
        <translation>Please move back a little from the camera.</translation>
    </message>
    <message>
        <source>暗すぎます。明るい場所でお試しください。</source>
        <translation>It is too dark. Please try in a brighter place.</translation>
    </message>
    <message>
        <source>明るすぎます。逆光を避けてください。</source>
        <translation>It is too bright. Please avoid having a bright light behind you.</translation>
    </message>
    <message>
        <source>顔を動かさないでください。</source>
        <translation>Please keep your face still.</translation>
    </message>
    <message>
        <source>カメラの正面を向いてください。</source>
        <translation>Please look straight at the camera.</translation>
    </message>
    <message>
        <source>まばたきをしてください。</source>
        <translation>Please blink.</translation>
    </message>
    <message>
        <source>カメラを見て、まばたきをしてください。</source>
        <translation>Please look at the camera and blink.</translation>
    </message>
    <message>
        <source>時間内に確認できませんでした。</source>
        <translation>The check could not be finished in time.</translation>
    </message>
    <message>
        <source>顔をはっきり確認できませんでした。</source>
        <translation>Your face could not be seen clearly.</translation>
    </message>
    <message>
        <source>カメラの映像がありません。</source>
        <translation>There is no image from the camera.</translation>
    </message>
    <message>
        <source>診療・薬剤の情報</source>
        <translation>Medical care and medicine information</translation>
    </message>
    <message>
        <source>手術の情報</source>
        <translation>Surgery information</translation>
    </message>
    <message>
        <source>特定健診の情報</source>
        <translation>Specific health check-up information</translation>
    </message>
    <message>
        <source>カメラを見てください。</source>
        <translation>Please look at the camera.</translation>
    </message>
    <message>
        <source>お問い合わせ: マイナンバー総合フリーダイヤル %1 / 外国語 %2</source>
        <translation>Help: My Number toll-free line %1 / English and other languages %2</translation>
    </message>
    <message>
        <source>音声案内は利用できません</source>
        <translation>Voice guidance is not available</translation>
    </message>
    <message>
        <source>文字を大きく</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>見やすい配色</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>音声案内</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <source>目視確認の許可</source>
        <translation>Visual check permission</translation>
    </message>
    <message>
        <source>読み取り端末で患者さんが「職員を呼ぶ」を選んだとき、その端末での目視確認をここから許可できます。ご本人であることを確かめてから許可してください。許可は5分間、1回だけ有効です。</source>
        <translation>When a patient chooses “Call staff” at a card reader, you can allow a visual check at that reader from here. Check that it is the card holder before allowing it. The permission can be used once, within 5 minutes.</translation>
    </message>
    <message>
        <source>読み取り端末</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>施設のパスワード</source>
        <translation>Facility password</translation>
    </message>
    <message>
        <source>目視確認を許可する</source>
        <translation>Allow visual check</translation>
    </message>
    <message>
        <source>読み取り端末「%1」で目視確認を許可しました（5分間有効）。</source>
        <translation>Visual check allowed at card reader “%1” (valid for 5 minutes).</translation>
    </message>
    <message>
        <source>パスワードが違います。許可していません。</source>
        <translation>The password is not correct. Visual check not allowed.</translation>
    </message>
    <message>
        <source>この端末でもパスワードの入力が止められています。</source>
        <translation>Password entry is stopped on this terminal too.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません（施設の設定）。許可していません。</source>
        <translation>This facility does not offer visual checks (facility setting). Visual check not allowed.</translation>
    </message>
    <message>
        <source>読み取り端末の名前が正しくありません（50文字まで）。</source>
        <translation>The card reader name is not valid (up to 50 characters).</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。許可していません。</source>
        <translation>Cannot connect to the eligibility verification system. Visual check not allowed.</translation>
    </message>
    <message>
        <source>読み取り端末を選ぶか、入力してください。</source>
        <translation>Choose or type a card reader.</translation>
    </message>
    <message>
        <source>施設のパスワードを入力してください。</source>
        <translation>Please enter the facility password.</translation>
    </message>
    <message>
        <source>確認しています…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>申請書ID（数字23桁）</source>
        <translation>Application ID (23 digits)</translation>
    </message>
    <message>
        <source>%1 / %2 桁</source>
        <translation>%1 / %2 digits</translation>
    </message>
    <message>
        <source>例: taro@example.jp</source>
        <translation>e.g. taro@example.jp</translation>
    </message>
    <message>
        <source>目視確認</source>
        <translation>Visual check</translation>
    </message>
    <message>
        <source>本人確認前</source>
        <translation>Before identity check</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間内）</source>
        <translation>certificate expired (within the grace period)</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間後）</source>
        <translation>certificate expired (past the grace period)</translation>
    </message>
    <message>
        <source>電子証明書の有効期間前</source>
        <translation>certificate not yet valid</translation>
    </message>
    <message>
        <source>一時利用停止中（紛失の届出）</source>
        <translation>suspended (reported lost)</translation>
    </message>
    <message>
        <source>電子証明書の失効</source>
        <translation>certificate revoked</translation>
    </message>
    <message>
        <source>電子証明書の記録なし</source>
        <translation>no record of the certificate</translation>
    </message>
    <message>
        <source>資格有効</source>
        <translation>Coverage valid</translation>
    </message>
    <message>
        <source>資格なし（新しい保険者の届出前）</source>
        <translation>no coverage (new insurer has not filed yet)</translation>
    </message>
    <message>
        <source>資格なし（新しい資格は開始前）</source>
        <translation>no coverage (the new one has not started)</translation>
    </message>
    <message>
        <source>資格の記録なし</source>
        <translation>no coverage on record</translation>
    </message>
    <message>
        <source>ICチップ破損（読み取れません）</source>
        <translation>chip destroyed (cannot be read)</translation>
    </message>
    <message>
        <source>利用登録済み</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>顔認証カード（暗証番号なし）</source>
        <translation>face-authentication card (no PIN)</translation>
    </message>
    <message>
        <source>暗証番号ロック中</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <source>暗証番号 残り %1 回</source>
        <translation>PIN: %1 tries left</translation>
    </message>
    <message>
        <source>被扶養者</source>
        <translation>dependent</translation>
    </message>
    <message>
        <source>15歳未満</source>
        <translation>under 15</translation>
    </message>
    <message>
        <source>70歳以上</source>
        <translation>aged 70 or over</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>資格無効</source>
        <translation>Coverage not valid</translation>
    </message>
    <message>
        <source>資格無効（新しい資格あり）</source>
        <translation>Not valid (a newer coverage exists)</translation>
    </message>
    <message>
        <source>資格情報なし</source>
        <translation>No coverage record</translation>
    </message>
    <message>
        <source>複数該当（枝番で特定）</source>
        <translation>Several matches (identify by branch number)</translation>
    </message>
    <message>
        <source>受付完了</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>証明書エラー</source>
        <translation>Certificate error</translation>
    </message>
    <message>
        <source>利用登録なし</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>利用登録できず</source>
        <translation>Registration failed</translation>
    </message>
    <message>
        <source>中断</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>システムエラー</source>
        <translation>System error</translation>
    </message>
    <message>
        <source>診療・薬剤</source>
        <translation>Medical care and medicines</translation>
    </message>
    <message>
        <source>手術</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <source>特定健診</source>
        <translation>Specific health check-ups</translation>
    </message>
    <message>
        <source>証明書期限切れ（猶予期間：資格確認のみ）</source>
        <translation>Certificate expired (grace period: coverage check only)</translation>
    </message>
    <message>
        <source>証明書の更新時期</source>
        <translation>Certificate due for renewal</translation>
    </message>
    <message>
        <source>受付時に利用登録</source>
        <translation>Registered at check-in</translation>
    </message>
    <message>
        <source>複数該当</source>
        <translation>Several matches</translation>
    </message>
    <message>
        <source>途中でカードが取り出された</source>
        <translation>Card taken out midway</translation>
    </message>
    <message>
        <source>資格情報なし（登録できず）</source>
        <translation>No coverage record (not registered)</translation>
    </message>
    <message>
        <source>他の方に登録済みのカード</source>
        <translation>Card registered to another person</translation>
    </message>
    <message>
        <source>一時利用停止中のカード</source>
        <translation>Suspended card</translation>
    </message>
    <message>
        <source>証明書失効</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <source>証明書期限切れ</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <source>証明書の有効期間前</source>
        <translation>Certificate not valid yet</translation>
    </message>
    <message>
        <source>不明な証明書</source>
        <translation>Unknown certificate</translation>
    </message>
    <message>
        <source>確認できない証明書</source>
        <translation>Certificate that cannot be verified</translation>
    </message>
    <message>
        <source>顔認証の処理が時間内に終わらず</source>
        <translation>Face check did not finish in time</translation>
    </message>
    <message>
        <source>端末の処理が止まり、受付をやり直し</source>
        <translation>Terminal stalled; reception restarted</translation>
    </message>
    <message>
        <source>受付中に端末が終了</source>
        <translation>Terminal shut down during reception</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>家族</source>
        <translation>Dependent</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>未照会</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1/%2/%3</translation>
    </message>
    <message>
        <source>%1割</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>時刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>負担</source>
        <translation>Co-pay</translation>
    </message>
    <message>
        <source>保険者</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>記号・番号・枝番</source>
        <translation>Symbol / number / branch number</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>処方箋</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>受付番号</source>
        <translation>Reception number</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>本人・家族</source>
        <translation>Insured person or dependent</translation>
    </message>
    <message>
        <source>保険者番号</source>
        <translation>Insurer number</translation>
    </message>
    <message>
        <source>保険者名</source>
        <translation>Insurer name</translation>
    </message>
    <message>
        <source>記号</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>枝番</source>
        <translation>Branch number</translation>
    </message>
    <message>
        <source>負担割合</source>
        <translation>Co-payment ratio</translation>
    </message>
    <message>
        <source>高齢受給者の負担割合</source>
        <translation>Co-payment ratio (elderly recipient)</translation>
    </message>
    <message>
        <source>限度額適用区分</source>
        <translation>High-cost limit category</translation>
    </message>
    <message>
        <source>資格取得日</source>
        <translation>Coverage start date</translation>
    </message>
    <message>
        <source>資格喪失日</source>
        <translation>Coverage end date</translation>
    </message>
    <message>
        <source>喪失事由</source>
        <translation>Reason coverage ended</translation>
    </message>
    <message>
        <source>一覧から受付を選ぶと、詳細が表示されます。</source>
        <translation>Select a reception in the list to see its details.</translation>
    </message>
    <message>
        <source>受付</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>資格情報はありません（照会前に終了したか、該当する資格がありません）。</source>
        <translation>No coverage record (the reception ended before the lookup, or no coverage matched).</translation>
    </message>
    <message>
        <source>被保険者</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>資格情報</source>
        <translation>Coverage record</translation>
    </message>
    <message>
        <source>資格確認端末 %1</source>
        <translation>Eligibility verification terminal %1</translation>
    </message>
    <message>
        <source>%1（医療機関コード %2）受付一覧</source>
        <translation>%1 (medical institution code %2): receptions</translation>
    </message>
    <message>
        <source>受付を待っています。</source>
        <translation>Waiting for receptions.</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません: %1</source>
        <translation>Cannot connect to the eligibility verification system: %1</translation>
    </message>
    <message>
        <source>受付 %1 件</source>
        <translation>Receptions: %1</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。再試行しています: %1</source>
        <translation>Cannot connect to the eligibility verification system. Retrying: %1</translation>
    </message>
    <message>
        <source>カードの本人</source>
        <translation>The card holder</translation>
    </message>
    <message>
        <source>別の人</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>本人の写真（印刷物）</source>
        <translation>A printed photo of the card holder</translation>
    </message>
    <message>
        <source>誰もいない</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>本人の動画（スマートフォン）</source>
        <translation>Holder&apos;s video (on a phone)</translation>
    </message>
    <message>
        <source>暗い部屋の本人</source>
        <translation>The card holder in a dark room</translation>
    </message>
    <message>
        <source>本人ともう一人</source>
        <translation>The card holder and someone else</translation>
    </message>
    <message>
        <source>動画ファイル</source>
        <translation>Video file</translation>
    </message>
    <message>
        <source>カメラなし（未接続）</source>
        <translation>No camera (not connected)</translation>
    </message>
    <message>
        <source>ファイルを選ぶ…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>カメラの映像</source>
        <translation>Camera image</translation>
    </message>
    <message>
        <source>カメラ: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <source>動画ファイルを選ぶ</source>
        <translation>Choose a video file</translation>
    </message>
    <message>
        <source>動画</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>カードを置く</source>
        <translation>Place the card</translation>
    </message>
    <message>
        <source>カードを取る</source>
        <translation>Take out the card</translation>
    </message>
    <message>
        <source>差し替える</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>リーダーを外す（故障）</source>
        <translation>Unplug the reader (fault)</translation>
    </message>
    <message>
        <source>次のコマンドで応答しない</source>
        <translation>No answer to the next command</translation>
    </message>
    <message>
        <source>窓口・コールセンター・保険者の操作（選んだ人に）</source>
        <translation>Office, call center and insurer actions (on the chosen person)</translation>
    </message>
    <message>
        <source>暗証番号ロック解除（市区町村窓口）</source>
        <translation>Unlock the PIN (municipal office)</translation>
    </message>
    <message>
        <source>一時利用停止（紛失の届出）</source>
        <translation>Suspend (report as lost)</translation>
    </message>
    <message>
        <source>一時利用停止の解除</source>
        <translation>Lift the suspension</translation>
    </message>
    <message>
        <source>保険者を変更（本日から）</source>
        <translation>Change insurer (from today)</translation>
    </message>
    <message>
        <source>人物とカード</source>
        <translation>People and cards</translation>
    </message>
    <message>
        <source>カードを置きました: %1</source>
        <translation>Card placed: %1</translation>
    </message>
    <message>
        <source>カードを取りました</source>
        <translation>Card taken out</translation>
    </message>
    <message>
        <source>カードを差し替えました: %1</source>
        <translation>Card swapped: %1</translation>
    </message>
    <message>
        <source>リーダーを外しました</source>
        <translation>Reader unplugged</translation>
    </message>
    <message>
        <source>リーダーを接続しました</source>
        <translation>Reader plugged in</translation>
    </message>
    <message>
        <source>次のコマンドでリーダーが応答しなくなります</source>
        <translation>The reader will not answer its next command</translation>
    </message>
    <message>
        <source>暗証番号のロックを解除しました（残り %1 回）</source>
        <translation>PIN unlocked (%1 tries left)</translation>
    </message>
    <message>
        <source>一時利用停止しました（%1）</source>
        <translation>Card suspended (%1)</translation>
    </message>
    <message>
        <source>一時利用停止を解除しました（%1）</source>
        <translation>Suspension lifted (%1)</translation>
    </message>
    <message>
        <source>保険者を変更しました: %1</source>
        <translation>Insurer changed: %1</translation>
    </message>
    <message>
        <source>この操作は人物のカードにだけ行えます</source>
        <translation>This can only be done with a person&apos;s card</translation>
    </message>
    <message>
        <source>リーダー: カードなし</source>
        <translation>Reader: no card</translation>
    </message>
    <message>
        <source>リーダー: %1</source>
        <translation>Reader: %1</translation>
    </message>
    <message>
        <source>その他のカード</source>
        <translation>Other card</translation>
    </message>
    <message>
        <source>健康保険証（ICチップなし）</source>
        <translation>Health insurance card (no IC chip)</translation>
    </message>
    <message>
        <source>交通系ICカード（マイナンバーカードではない）</source>
        <translation>Transit IC card (not a My Number Card)</translation>
    </message>
    <message>
        <source>電子処方箋を使う</source>
        <translation>Use electronic prescriptions</translation>
    </message>
    <message>
        <source>職員の目視確認を認める</source>
        <translation>Allow visual checks by staff</translation>
    </message>
    <message>
        <source>実行して再生</source>
        <translation>Run and replay</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>画面ごとの間</source>
        <translation>Pause between screens</translation>
    </message>
    <message>
        <source>シナリオ（新しいデモ環境で再生します）</source>
        <translation>Scenario (replayed in a fresh demo environment)</translation>
    </message>
    <message>
        <source>実行中: %1</source>
        <translation>Running: %1</translation>
    </message>
    <message>
        <source>再生中（シナリオ）: %1</source>
        <translation>Replaying (scenario): %1</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1: %2（%3 秒）</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>再生終了: %1</source>
        <translation>Replay finished: %1</translation>
    </message>
    <message>
        <source>実行できませんでした: %1</source>
        <translation>Could not run: %1</translation>
    </message>
    <message>
        <source>シナリオを選ぶ</source>
        <translation>Choose a scenario</translation>
    </message>
    <message>
        <source>シナリオ</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>読み直す</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>同意を求める項目</source>
        <translation>Consent items to ask for</translation>
    </message>
    <message>
        <source>顔認証の再試行回数</source>
        <translation>Face recognition retries</translation>
    </message>
    <message>
        <source>無操作で受付を中止するまで</source>
        <translation>Time without activity before cancelling</translation>
    </message>
    <message>
        <source>中止前の警告</source>
        <translation>Warning before cancelling</translation>
    </message>
    <message>
        <source>既定の言語</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>施設 %1 の設定</source>
        <translation>Settings of facility %1</translation>
    </message>
    <message>
        <source>変更は次の受付（次に置かれたカード）から有効になります。</source>
        <translation>Changes take effect from the next reception (the next card placed).</translation>
    </message>
    <message>
        <source>施設の設定を保存しました</source>
        <translation>Facility settings saved</translation>
    </message>
    <message>
        <source>端末に反映しました: 次に置かれたカードから使われます。</source>
        <translation>Applied to the terminal: used from the next card placed.</translation>
    </message>
    <message>
        <source>受付の途中です: この受付が終わると反映します。</source>
        <translation>A reception is in progress: the change applies when it ends.</translation>
    </message>
    <message>
        <source>設定を変更できませんでした: %1</source>
        <translation>Settings could not be changed: %1</translation>
    </message>
    <message>
        <source>カード・カメラ</source>
        <translation>Cards and camera</translation>
    </message>
    <message>
        <source>施設の設定</source>
        <translation>Facility settings</translation>
    </message>
    <message>
        <source>職員画面（資格確認端末）を開く</source>
        <translation>Open the staff screen (eligibility verification terminal)</translation>
    </message>
    <message>
        <source>端末: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>拒否: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>処理中…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>顔が写っていません。カメラの正面に座ってください。</source>
        <translation>No face in the photo. Please sit facing the camera.</translation>
    </message>
    <message>
        <source>複数の顔が写っています。お一人で撮影してください。</source>
        <translation>More than one face in the photo. Please be photographed alone.</translation>
    </message>
    <message>
        <source>顔が正面を向いていないか、傾いています。まっすぐカメラを見てください。</source>
        <translation>Your face is turned or tilted. Please look straight at the camera.</translation>
    </message>
    <message>
        <source>顔の大きさや位置が枠に合っていません。枠に顔を合わせてください。</source>
        <translation>Your face does not fit the frame in size or position. Please fit your face to the guide.</translation>
    </message>
    <message>
        <source>目がはっきり写っていません。サングラスを外し、目を開けてください。</source>
        <translation>Your eyes are not clearly visible. Please take off sunglasses and keep your eyes open.</translation>
    </message>
    <message>
        <source>背景が無地ではありません。後ろに模様や物が写らないようにしてください。</source>
        <translation>The background is not plain. Make sure no pattern or object is behind you.</translation>
    </message>
    <message>
        <source>顔や背景に強い影があります。</source>
        <translation>There is a strong shadow on your face or the background.</translation>
    </message>
    <message>
        <source>写真がぼやけています。撮影中は動かないでください。</source>
        <translation>The photo is blurred. Please keep still while it is taken.</translation>
    </message>
    <message>
        <source>明るさが適切ではありません（暗すぎるか、明るすぎます）。</source>
        <translation>The brightness is wrong (too dark or too bright).</translation>
    </message>
    <message>
        <source>写真が申請の条件を満たしていません。</source>
        <translation>The photo does not meet the application&apos;s requirements.</translation>
    </message>
    <message>
        <source>申請書IDは数字23桁です（入力は %1 桁）。</source>
        <translation>The application ID has 23 digits (you entered %1).</translation>
    </message>
    <message>
        <source>申請書IDには数字だけを使えます（%1 文字目が数字ではありません）。</source>
        <translation>The application ID has digits only (character %1 is not a digit).</translation>
    </message>
    <message>
        <source>QRコードを読み取れませんでした。もう一度かざすか、数字で入力してください。</source>
        <translation>The QR code could not be read. Hold it up again, or type the digits.</translation>
    </message>
    <message>
        <source>読み取ったQRコードは交付申請書のものではありません。</source>
        <translation>The QR code read is not that of an application form.</translation>
    </message>
    <message>
        <source>数字で入力してください。</source>
        <translation>Please type the digits.</translation>
    </message>
    <message>
        <source>メールアドレスを入力してください。</source>
        <translation>Please enter an e-mail address.</translation>
    </message>
    <message>
        <source>メールアドレスが長すぎます。</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <source>「@」を1つだけ入れてください。</source>
        <translation>Use exactly one &quot;@&quot;.</translation>
    </message>
    <message>
        <source>「@」の前に使えない文字があります。</source>
        <translation>The part before &quot;@&quot; has a character that cannot be used.</translation>
    </message>
    <message>
        <source>「@」の後ろ（ドメイン）が正しくありません。</source>
        <translation>The part after &quot;@&quot; (the domain) is not valid.</translation>
    </message>
    <message>
        <source>マイナンバーカードの申請</source>
        <translation>My Number Card application</translation>
    </message>
    <message>
        <source>この証明写真機で、マイナンバーカードの交付申請ができます。</source>
        <translation>You can apply for a My Number Card at this photo booth.</translation>
    </message>
    <message>
        <source>お手元に交付申請書をご用意ください。</source>
        <translation>Please have your application form at hand.</translation>
    </message>
    <message>
        <source>申請をはじめる</source>
        <translation>Start the application</translation>
    </message>
    <message>
        <source>交付申請書の申請書ID（数字23桁）を入力するか、QRコードを読み取ってください。</source>
        <translation>Type the application ID (23 digits) on your application form, or have its QR code read.</translation>
    </message>
    <message>
        <source>申請書IDの入力</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <source>QRコードを読み取る</source>
        <translation>Read the QR code</translation>
    </message>
    <message>
        <source>QRコードの読み取り</source>
        <translation>Reading the QR code</translation>
    </message>
    <message>
        <source>交付申請書のQRコードをカメラにかざしてください。</source>
        <translation>Hold the QR code of your application form up to the camera.</translation>
    </message>
    <message>
        <source>%1 秒以内に読み取れないときは、入力の画面に戻ります。</source>
        <translation>If it is not read within %1 seconds, you go back to typing.</translation>
    </message>
    <message>
        <source>数字で入力する</source>
        <translation>Type the digits</translation>
    </message>
    <message>
        <source>申請書ID: %1</source>
        <translation>Application ID: %1</translation>
    </message>
    <message>
        <source>申請用の写真は次のように撮影します。</source>
        <translation>The application photo is taken as follows.</translation>
    </message>
    <message>
        <source>正面を向き、帽子をとってください。</source>
        <translation>Face the front and take off any hat.</translation>
    </message>
    <message>
        <source>サングラスや前髪で目を隠さないでください。</source>
        <translation>Do not hide your eyes with sunglasses or hair.</translation>
    </message>
    <message>
        <source>背景に模様や物、ほかの人が写らないようにしてください。</source>
        <translation>Keep patterns, objects and other people out of the background.</translation>
    </message>
    <message>
        <source>顔や背景に影ができないようにしてください。</source>
        <translation>Avoid shadows on your face and the background.</translation>
    </message>
    <message>
        <source>撮影中は動かないでください。ぼやけた写真は使えません。</source>
        <translation>Keep still while the photo is taken: a blurred photo cannot be used.</translation>
    </message>
    <message>
        <source>ふだんの顔と著しく異なる写真は使えません。</source>
        <translation>A photo that looks very different from your usual face cannot be used.</translation>
    </message>
    <message>
        <source>帽子の有無と、ふだんの顔と異なっていないかは自動では確認できません。ご自身でお確かめください。</source>
        <translation>A hat, and whether you look as usual, are not checked automatically: please check them yourself.</translation>
    </message>
    <message>
        <source>撮影の前に</source>
        <translation>Before the photo</translation>
    </message>
    <message>
        <source>撮影に進む</source>
        <translation>Go to the camera</translation>
    </message>
    <message>
        <source>申請書IDを直す</source>
        <translation>Correct the application ID</translation>
    </message>
    <message>
        <source>写真の撮影</source>
        <translation>Taking the photo</translation>
    </message>
    <message>
        <source>枠に顔を合わせ、まっすぐカメラを見てください。</source>
        <translation>Fit your face to the guide and look straight at the camera.</translation>
    </message>
    <message>
        <source>準備ができたら「撮影する」を押してください。3秒後に撮影します。</source>
        <translation>When ready, press &quot;Take the photo&quot;. It is taken 3 seconds later.</translation>
    </message>
    <message>
        <source>撮影する</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>%1 秒後に撮影します</source>
        <translation>Photo in %1 seconds</translation>
    </message>
    <message>
        <source>カメラを見て、動かないでください。</source>
        <translation>Look at the camera and keep still.</translation>
    </message>
    <message>
        <source>写真を確認しています</source>
        <translation>Checking the photo</translation>
    </message>
    <message>
        <source>しばらくお待ちください。</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>ほかに %1 点の問題があります。</source>
        <translation>Other problems found: %1.</translation>
    </message>
    <message>
        <source>この写真は申請に使えません</source>
        <translation>This photo cannot be used</translation>
    </message>
    <message>
        <source>もう一度撮影してください。</source>
        <translation>Please take the photo again.</translation>
    </message>
    <message>
        <source>撮り直す</source>
        <translation>Take it again</translation>
    </message>
    <message>
        <source>写真の確認</source>
        <translation>Check your photo</translation>
    </message>
    <message>
        <source>この写真で申請しますか？</source>
        <translation>Apply with this photo?</translation>
    </message>
    <message>
        <source>写真は縦45mm×横35mmの枠に合わせて送られます。</source>
        <translation>The photo is sent cropped to 45 mm high by 35 mm wide.</translation>
    </message>
    <message>
        <source>この写真で申請する</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <source>メールアドレスが正しくありません。</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができたときに連絡するメールアドレスを入力してください。</source>
        <translation>Enter the e-mail address to be told when your card is ready.</translation>
    </message>
    <message>
        <source>連絡先メールアドレス</source>
        <translation>Contact e-mail address</translation>
    </message>
    <message>
        <source>申請内容の確認</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <source>メールアドレス: %1</source>
        <translation>E-mail address: %1</translation>
    </message>
    <message>
        <source>撮影した写真とこの内容で申請します。よろしいですか？</source>
        <translation>The application is sent with the photo taken and these details. Is this correct?</translation>
    </message>
    <message>
        <source>申請する</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>メールアドレスを直す</source>
        <translation>Correct the e-mail address</translation>
    </message>
    <message>
        <source>送信中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>申請を送信しています。しばらくお待ちください。</source>
        <translation>Sending your application. Please wait a moment.</translation>
    </message>
    <message>
        <source>申請を受け付けました</source>
        <translation>Your application has been received</translation>
    </message>
    <message>
        <source>受付番号: %1</source>
        <translation>Receipt number: %1</translation>
    </message>
    <message>
        <source>受付番号はこの画面にだけ表示されます。お控えください。</source>
        <translation>The receipt number is shown on this screen only. Please write it down.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができると、メールでお知らせします。</source>
        <translation>You will get an e-mail when your card is ready.</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>送信できませんでした</source>
        <translation>The application could not be sent</translation>
    </message>
    <message>
        <source>もう一度送信するか、中止してください。</source>
        <translation>Send it again, or cancel.</translation>
    </message>
    <message>
        <source>もう一度送信する</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>カード</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>申請</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>規約</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>申請書ID</source>
        <translation>Form ID</translation>
    </message>
    <message>
        <source>写真</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>医療機関の受付</source>
        <translation>clinic reception</translation>
    </message>
    <message>
        <source>利用登録のセルフ端末</source>
        <translation>self-service registration booth</translation>
    </message>
    <message>
        <source>マイナポータル（スマートフォン）</source>
        <translation>Mynaportal (smartphone)</translation>
    </message>
    <message>
        <source>証明写真機（交付申請）</source>
        <translation>photo booth (card application)</translation>
    </message>
    <message>
        <source>マイナ保険証 受付 — %1</source>
        <translation>My Number Card health insurance reception — %1</translation>
    </message>
    <message>
        <source>QA パネル（エミュレーター） — %1</source>
        <translation>QA panel (emulator) — %1</translation>
    </message>
    <message>
        <source>再生: %1 — %2</source>
        <translation>Playback: %1 — %2</translation>
    </message>
    <message>
        <source>準備中</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>係員メニュー：端末の終了</source>
        <translation>Staff menu: shut down the terminal</translation>
    </message>
    <message>
        <source>施設のパスワードを入力すると、この端末を終了します。</source>
        <translation>Enter the facility password to shut down this terminal.</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>端末を終了します。</source>
        <translation>Shutting down the terminal.</translation>
    </message>
    <message>
        <source>パスワードを確認できません。システムに接続できません。</source>
        <translation>The password cannot be checked: the system cannot be reached.</translation>
    </message>
    <message>
        <source>OQSフォルダが見つかりません（共有フォルダの接続を確認してください）</source>
        <translation>OQS folder not found (check the shared folder&apos;s connection)</translation>
    </message>
    <message>
        <source>書き込めません（ディスクの空きと書き込み権限を確認してください）</source>
        <translation>Cannot write (check free disk space and write permission)</translation>
    </message>
    <message>
        <source>ファイルに書けない値があります</source>
        <translation>A value cannot be written to the file</translation>
    </message>
    <message>
        <source>予期しないエラーです</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>書き込み済み</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>書き込み失敗</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>レセコン連携（OQSファイル）</source>
        <translation>Clinic software (OQS files)</translation>
    </message>
    <message>
        <source>書き込み %1 件・失敗 %2 件</source>
        <translation>Written: %1, failed: %2</translation>
    </message>
    <message>
        <source>ファイル名・理由</source>
        <translation>File name or reason</translation>
    </message>
    <message>
        <source>一覧を隠す</source>
        <translation>Hide list</translation>
    </message>
    <message>
        <source>一覧を表示</source>
        <translation>Show list</translation>
    </message>
    <message>
        <source>まだありません</source>
        <translation>None yet</translation>
    </message>
</context>
</TS>
