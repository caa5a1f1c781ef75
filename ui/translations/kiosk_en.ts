<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>マイナ保険証 受付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ただいま受付できません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>システムに接続できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受付の職員にお声がけください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>もう一度顔認証</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔認証</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員による目視確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人確認の方法を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 回目（全 %2 回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号または職員による確認をご利用ください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔認証できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>患者さんの暗証番号ではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>戻る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康保険証の利用登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは健康保険証としての利用登録がされていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今ここで登録しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録しない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同意は24時間有効です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情報共有への同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全て同意する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個別に同意する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>項目ごとに選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>確定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処方箋の受け取り方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処方箋の受け取り方法を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>電子処方箋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紙の処方箋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードをお取りください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受付が完了しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受付の職員にお声がけください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康保険証の受付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバーカードを置いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔写真のある面を上にして、カード置き場に置いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>確認中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>確認しています。しばらくお待ちください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは使えません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号（数字4桁）を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>あと %1 回間違えるとロックされます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号の入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔認証で確認する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号がロックされました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作を続けますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作がないため、%1 秒後に最初の画面に戻ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>続ける</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードをお取りください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>言語を選んでください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お手続きを選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康保険証利用の申込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康保険証利用の申込</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録状況の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用規約</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバーカードを健康保険証として利用するための登録を行います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録すると、医療機関・薬局でマイナンバーカードにより保険資格が確認されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>診療や薬の情報は、ご本人が同意した場合に限り医療機関・薬局と共有されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICチップに診療や薬の情報は記録されません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同意する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同意しない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードの挿入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバーカードを挿入してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードの読み取り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバーカードをスマートフォンの背面にかざして、読み取り開始を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録内容の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードを健康保険証として利用する登録を行います。よろしいですか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手続きが終わりました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ここでは手続きできません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは健康保険証として利用登録されています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードはまだ健康保険証として利用登録されていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードが取り出されたため、受付を中止しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>これは健康保険証です。受付の職員にお渡しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードのICチップが読み取れません。カードの再発行はお住まいの市区町村の窓口で行えます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。置き直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダーに問題が発生しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号がロックされています。ロックの解除はお住まいの市区町村の窓口で行えます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号を3回間違えたため、ロックされました。解除はお住まいの市区町村の窓口で行えます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは顔認証マイナンバーカードです（暗証番号はありません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードの写真と一致しませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔を確認できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カメラが使えません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードの写真を読み取れません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードが違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは一時停止されています（紛失・盗難の届出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードの電子証明書は失効しています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードの電子証明書の有効期限が切れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードの電子証明書はまだ有効になっていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードの電子証明書を確認できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康保険証としての利用登録をしていません。受付の職員に資格確認書などをお見せください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは登録済みです。変更はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康保険証としての利用登録が完了しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保険の資格情報が見つからないため、登録できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードは登録できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保険資格を確認しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効な保険資格が確認できませんでした（資格無効）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい保険の資格がまだ有効になっていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保険の資格情報がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>資格情報を特定できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>電子証明書の有効期限が切れています。保険資格の確認のみ行いました（医療情報は共有されません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>電子証明書の更新時期です。お住まいの市区町村の窓口で更新してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作がなかったため、最初の画面に戻りました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受付を中止しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お住まいの市区町村の窓口へお越しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバー総合フリーダイヤル %1（紛失・盗難による一時停止は24時間365日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医療機関・薬局の顔認証付きカードリーダーをご利用ください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入している保険者（勤務先の健康保険組合など）にお問い合わせください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔が見つかりません。カメラの正面に立ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>複数の顔が映っています。お一人でカメラの前に立ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>もう少しカメラに近づいてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カメラから少し離れてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗すぎます。明るい場所でお試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>明るすぎます。逆光を避けてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔を動かさないでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カメラの正面を向いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カメラを見て、まばたきをしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>時間内に確認できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔をはっきり確認できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カメラの映像がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>診療・薬剤の情報</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手術の情報</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特定健診の情報</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カメラを見てください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お問い合わせ: マイナンバー総合フリーダイヤル %1 / 外国語 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字を大きく</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>見やすい配色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>音声案内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施設のパスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>訂正</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
