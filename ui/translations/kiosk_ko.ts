<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>ただいま受付できません</source>
        <translation>지금은 접수할 수 없습니다</translation>
    </message>
    <message>
        <source>システムに接続できません。</source>
        <translation>시스템에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください。</source>
        <translation>접수 직원에게 말씀해 주십시오.</translation>
    </message>
    <message>
        <source>もう一度顔認証</source>
        <translation>얼굴 인증 다시 하기</translation>
    </message>
    <message>
        <source>顔認証</source>
        <translation>얼굴 인증</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>職員による目視確認</source>
        <translation>직원의 육안 확인</translation>
    </message>
    <message>
        <source>本人確認の方法を選んでください。</source>
        <translation>본인 확인 방법을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>カメラの準備をしています。</source>
        <translation>카메라를 준비하고 있습니다.</translation>
    </message>
    <message>
        <source>顔を枠に合わせて、カメラを見てください。</source>
        <translation>얼굴을 테두리에 맞추고 카메라를 봐 주세요.</translation>
    </message>
    <message>
        <source>%1 回目（全 %2 回）</source>
        <translation>%2회 중 %1회째</translation>
    </message>
    <message>
        <source>認証しました</source>
        <translation>인증되었습니다</translation>
    </message>
    <message>
        <source>本人確認ができました。</source>
        <translation>본인 확인이 완료되었습니다.</translation>
    </message>
    <message>
        <source>暗証番号または職員による確認をご利用ください。</source>
        <translation>비밀번호 또는 직원 확인을 이용해 주십시오.</translation>
    </message>
    <message>
        <source>顔認証できませんでした</source>
        <translation>얼굴 인증을 하지 못했습니다</translation>
    </message>
    <message>
        <source>職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。</source>
        <translation>직원분께: 본인임을 육안으로 확인한 후 시설 패스워드를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>患者さんの暗証番号ではありません。</source>
        <translation>환자의 비밀번호를 여기에 입력하지 마십시오.</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>続けて間違ったパスワードが入力されたため、この端末では入力を止めています。</source>
        <translation>잘못된 비밀번호가 연속으로 입력되어 이 단말기에서는 입력을 중지했습니다.</translation>
    </message>
    <message>
        <source>健康保険証の利用登録</source>
        <translation>건강보험증 이용 등록</translation>
    </message>
    <message>
        <source>このカードは健康保険証としての利用登録がされていません。</source>
        <translation>이 카드는 건강보험증 이용 등록이 되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>今ここで登録しますか？</source>
        <translation>지금 여기에서 등록하시겠습니까?</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>등록하기</translation>
    </message>
    <message>
        <source>登録しない</source>
        <translation>등록하지 않기</translation>
    </message>
    <message>
        <source>利用規約と登録内容</source>
        <translation>이용 약관과 등록 내용</translation>
    </message>
    <message>
        <source>同意して登録する</source>
        <translation>동의하고 등록하기</translation>
    </message>
    <message>
        <source>過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？</source>
        <translation>과거 진료 및 약 등의 정보를 이 의료기관·약국과 공유하는 것에 동의하십니까?</translation>
    </message>
    <message>
        <source>同意は24時間有効です。</source>
        <translation>동의는 24시간 동안 유효합니다.</translation>
    </message>
    <message>
        <source>情報共有への同意</source>
        <translation>정보 공유 동의</translation>
    </message>
    <message>
        <source>全て同意する</source>
        <translation>모두 동의</translation>
    </message>
    <message>
        <source>個別に同意する</source>
        <translation>항목별로 동의</translation>
    </message>
    <message>
        <source>項目ごとに選んでください。</source>
        <translation>항목마다 선택해 주십시오.</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法</source>
        <translation>처방전 수령 방법</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法を選んでください。</source>
        <translation>처방전 수령 방법을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>電子処方箋</source>
        <translation>전자 처방전</translation>
    </message>
    <message>
        <source>紙の処方箋</source>
        <translation>종이 처방전</translation>
    </message>
    <message>
        <source>カードをお取りください。</source>
        <translation>카드를 가져가 주십시오.</translation>
    </message>
    <message>
        <source>受付が完了しました</source>
        <translation>접수가 완료되었습니다</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください</source>
        <translation>접수 직원에게 말씀해 주십시오</translation>
    </message>
    <message>
        <source>健康保険証の受付</source>
        <translation>건강보험증 접수</translation>
    </message>
    <message>
        <source>マイナンバーカードを置いてください。</source>
        <translation>마이넘버 카드를 올려 주십시오.</translation>
    </message>
    <message>
        <source>顔写真のある面を上にして、カード置き場に置いてください。</source>
        <translation>사진이 있는 면을 위로 하여 카드 놓는 곳에 올려 주십시오.</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>카드 읽는 중</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>카드를 읽고 있습니다. 카드를 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>確認中</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>確認しています。しばらくお待ちください。</source>
        <translation>확인하고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <source>このカードは使えません</source>
        <translation>이 카드는 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>復旧すると、自動的に受付を再開します。</source>
        <translation>복구되면 자동으로 접수를 다시 시작합니다.</translation>
    </message>
    <message>
        <source>暗証番号（数字4桁）を入力してください。</source>
        <translation>비밀번호(숫자 4자리)를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>あと %1 回間違えるとロックされます。</source>
        <translation>앞으로 %1번 더 틀리면 비밀번호가 잠깁니다.</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>暗証番号の入力</source>
        <translation>비밀번호 입력</translation>
    </message>
    <message>
        <source>顔認証で確認する</source>
        <translation>얼굴 인증으로 확인</translation>
    </message>
    <message>
        <source>暗証番号がロックされました</source>
        <translation>비밀번호가 잠겼습니다</translation>
    </message>
    <message>
        <source>操作を続けますか？</source>
        <translation>계속하시겠습니까?</translation>
    </message>
    <message>
        <source>続ける場合は「続ける」を押してください。</source>
        <translation>계속하려면 ‘계속’을 누르십시오.</translation>
    </message>
    <message>
        <source>操作がないため、%1 秒後に最初の画面に戻ります。</source>
        <translation>조작이 없어 %1초 후에 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>言語を選んでください</source>
        <translation>언어를 선택해 주십시오</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>お手続きを選んでください。</source>
        <translation>원하시는 절차를 선택해 주십시오.</translation>
    </message>
    <message>
        <source>健康保険証利用の申込み</source>
        <translation>건강보험증 이용 신청</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>마이나포털</translation>
    </message>
    <message>
        <source>健康保険証利用の申込</source>
        <translation>건강보험증 이용 신청</translation>
    </message>
    <message>
        <source>登録状況の確認</source>
        <translation>등록 상태 확인</translation>
    </message>
    <message>
        <source>利用規約</source>
        <translation>이용 약관</translation>
    </message>
    <message>
        <source>次の内容で登録します。よろしければ「登録する」を押してください。</source>
        <translation>다음 내용으로 등록합니다. 맞으면 「등록하기」를 눌러 주세요.</translation>
    </message>
    <message>
        <source>登録後は、医療機関・薬局の受付でこのカードを健康保険証として使えます。</source>
        <translation>등록 후에는 의료기관·약국 접수처에서 이 카드를 건강보험증으로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>マイナンバーカードを健康保険証として利用するための登録を行います。</source>
        <translation>마이넘버 카드를 건강보험증으로 이용하기 위한 등록을 진행합니다.</translation>
    </message>
    <message>
        <source>登録すると、医療機関・薬局でマイナンバーカードにより保険資格が確認されます。</source>
        <translation>등록하면 의료기관·약국에서 마이넘버 카드로 보험 자격을 확인합니다.</translation>
    </message>
    <message>
        <source>診療や薬の情報は、ご本人が同意した場合に限り医療機関・薬局と共有されます。</source>
        <translation>진료 및 약 정보는 본인이 동의한 경우에만 의료기관·약국과 공유됩니다.</translation>
    </message>
    <message>
        <source>ICチップに診療や薬の情報は記録されません。</source>
        <translation>IC 칩에는 진료 및 약 정보가 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>お手続き: %1</source>
        <translation>절차: %1</translation>
    </message>
    <message>
        <source>本人確認: %1</source>
        <translation>본인 확인: %1</translation>
    </message>
    <message>
        <source>電子証明書の有効期限: %1</source>
        <translation>전자증명서 유효기간: %1</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>동의합니다</translation>
    </message>
    <message>
        <source>同意しない</source>
        <translation>동의하지 않습니다</translation>
    </message>
    <message>
        <source>カードの挿入</source>
        <translation>카드 넣기</translation>
    </message>
    <message>
        <source>マイナンバーカードを挿入してください。</source>
        <translation>마이넘버 카드를 넣어 주십시오.</translation>
    </message>
    <message>
        <source>カードの読み取り</source>
        <translation>카드 읽기</translation>
    </message>
    <message>
        <source>マイナンバーカードをスマートフォンの背面にかざしてください。読み取りが終わるまで動かさないでください。</source>
        <translation>마이넘버 카드를 스마트폰 뒷면에 대 주십시오. 읽기가 끝날 때까지 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>登録内容の確認</source>
        <translation>등록 내용 확인</translation>
    </message>
    <message>
        <source>手続きが終わりました</source>
        <translation>절차가 끝났습니다</translation>
    </message>
    <message>
        <source>ここでは手続きできません</source>
        <translation>여기에서는 절차를 진행할 수 없습니다</translation>
    </message>
    <message>
        <source>このカードは健康保険証として利用登録されています。</source>
        <translation>이 카드는 건강보험증으로 이용 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>このカードはまだ健康保険証として利用登録されていません。</source>
        <translation>이 카드는 아직 건강보험증으로 이용 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>登録状況</source>
        <translation>등록 상태</translation>
    </message>
    <message>
        <source>カードが取り出されたため、受付を中止しました。</source>
        <translation>카드가 빠져서 절차를 중지했습니다.</translation>
    </message>
    <message>
        <source>これは健康保険証です。受付の職員にお渡しください。</source>
        <translation>이것은 건강보험증입니다. 접수 직원에게 건네 주십시오.</translation>
    </message>
    <message>
        <source>マイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation>마이넘버 카드가 아닙니다. 마이넘버 카드를 올려 주십시오.</translation>
    </message>
    <message>
        <source>カードのICチップが読み取れません。カードの再発行はお住まいの市区町村の窓口で行えます。</source>
        <translation>카드의 IC 칩을 읽을 수 없습니다. 카드 재발급은 거주지 시구정촌 창구에서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。置き直してください。</source>
        <translation>카드를 읽지 못했습니다. 다시 올려 주십시오.</translation>
    </message>
    <message>
        <source>カードリーダーに問題が発生しました。</source>
        <translation>카드 리더기에 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です。</source>
        <translation>비밀번호는 숫자 4자리입니다.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています。ロックの解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>비밀번호가 잠겨 있습니다. 잠금 해제는 거주지 시구정촌 창구에서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>暗証番号を3回間違えたため、ロックされました。解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>비밀번호를 3번 틀려서 잠겼습니다. 잠금 해제는 거주지 시구정촌 창구에서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>このカードは顔認証マイナンバーカードです（暗証番号はありません）。</source>
        <translation>이 카드는 얼굴 인증 전용 마이넘버 카드입니다(비밀번호가 없습니다).</translation>
    </message>
    <message>
        <source>カードの写真と一致しませんでした。</source>
        <translation>카드의 사진과 일치하지 않았습니다.</translation>
    </message>
    <message>
        <source>顔を確認できませんでした。</source>
        <translation>얼굴을 확인하지 못했습니다.</translation>
    </message>
    <message>
        <source>カメラが使えません。</source>
        <translation>카메라를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>カードの写真を読み取れません。</source>
        <translation>카드의 사진을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>%1 はパスワードの入力が止められています（%2 まで）。</source>
        <translation>%1 은(는) 비밀번호 입력이 중지되었습니다(%2 까지).</translation>
    </message>
    <message>
        <source>ロックを解除しました。</source>
        <translation>잠금을 해제했습니다.</translation>
    </message>
    <message>
        <source>パスワードが違います。</source>
        <translation>패스워드가 틀렸습니다.</translation>
    </message>
    <message>
        <source>解除できませんでした。</source>
        <translation>해제하지 못했습니다.</translation>
    </message>
    <message>
        <source>Web API（登録のない医療機関コード）</source>
        <translation>Web API(등록되지 않은 의료기관 코드)</translation>
    </message>
    <message>
        <source>Web API（医療機関コード %1）</source>
        <translation>Web API(의료기관 코드 %1)</translation>
    </message>
    <message>
        <source>パスワードの入力ができなくなりました。係員をお呼びください。</source>
        <translation>비밀번호를 더 이상 입력할 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません。</source>
        <translation>이 시설에서는 육안 확인을 하지 않습니다.</translation>
    </message>
    <message>
        <source>このカードは一時利用停止されています（紛失・盗難の届出）。</source>
        <translation>이 카드는 일시 정지되어 있습니다(분실·도난 신고).</translation>
    </message>
    <message>
        <source>このカードの電子証明書は失効しています。</source>
        <translation>이 카드의 전자증명서는 실효되었습니다.</translation>
    </message>
    <message>
        <source>このカードの電子証明書の有効期限が切れています。</source>
        <translation>이 카드의 전자증명서 유효기간이 지났습니다.</translation>
    </message>
    <message>
        <source>このカードの電子証明書はまだ有効になっていません。</source>
        <translation>이 카드의 전자증명서는 아직 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>このカードの電子証明書を確認できません。</source>
        <translation>이 카드의 전자증명서를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録をしていません。受付の職員に資格確認書などをお見せください。</source>
        <translation>건강보험증 이용 등록이 되어 있지 않습니다. 접수 직원에게 자격확인서(資格確認書) 등을 보여 주십시오.</translation>
    </message>
    <message>
        <source>このカードは登録済みです。変更はありません。</source>
        <translation>이 카드는 이미 등록되어 있습니다. 변경 사항은 없습니다.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録が完了しました。</source>
        <translation>건강보험증 이용 등록이 완료되었습니다.</translation>
    </message>
    <message>
        <source>保険の資格情報が見つからないため、登録できませんでした。</source>
        <translation>보험 자격 정보를 찾을 수 없어 등록하지 못했습니다.</translation>
    </message>
    <message>
        <source>このカードは登録できません。</source>
        <translation>이 카드는 등록할 수 없습니다.</translation>
    </message>
    <message>
        <source>保険資格を確認しました。</source>
        <translation>보험 자격을 확인했습니다.</translation>
    </message>
    <message>
        <source>有効な保険資格が確認できませんでした（資格無効）。</source>
        <translation>유효한 보험 자격을 확인하지 못했습니다(자격 무효).</translation>
    </message>
    <message>
        <source>新しい保険の資格がまだ有効になっていません。</source>
        <translation>새 보험 자격이 아직 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>保険の資格情報がありません。</source>
        <translation>보험 자격 정보가 없습니다.</translation>
    </message>
    <message>
        <source>資格情報を特定できませんでした。</source>
        <translation>자격 정보를 특정하지 못했습니다.</translation>
    </message>
    <message>
        <source>電子証明書の有効期限が切れています。保険資格の確認のみ行いました（医療情報は共有されません）。</source>
        <translation>전자증명서의 유효기간이 지났습니다. 보험 자격 확인만 했습니다(의료 정보는 공유되지 않습니다).</translation>
    </message>
    <message>
        <source>電子証明書の更新時期です。お住まいの市区町村の窓口で更新してください。</source>
        <translation>전자증명서 갱신 시기입니다. 거주지 시구정촌 창구에서 갱신해 주십시오.</translation>
    </message>
    <message>
        <source>操作がなかったため、最初の画面に戻りました。</source>
        <translation>조작이 없어 처음 화면으로 돌아왔습니다.</translation>
    </message>
    <message>
        <source>受付を中止しました。</source>
        <translation>절차를 중지했습니다.</translation>
    </message>
    <message>
        <source>お住まいの市区町村の窓口へお越しください。</source>
        <translation>거주지 시구정촌 창구를 방문해 주십시오.</translation>
    </message>
    <message>
        <source>マイナンバー総合フリーダイヤル %1（紛失・盗難による一時利用停止は24時間365日）</source>
        <translation>마이넘버 종합 무료 전화 %1 (분실·도난으로 인한 일시 정지는 24시간 365일)</translation>
    </message>
    <message>
        <source>医療機関・薬局の顔認証付きカードリーダーをご利用ください。</source>
        <translation>의료기관·약국의 얼굴 인증 카드 리더기를 이용해 주십시오.</translation>
    </message>
    <message>
        <source>加入している保険者（勤務先の健康保険組合など）にお問い合わせください。</source>
        <translation>가입하신 보험자(근무처의 건강보험조합 등)에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>もう一度お試しください。</source>
        <translation>다시 시도해 주십시오.</translation>
    </message>
    <message>
        <source>顔が見つかりません。カメラの正面に立ってください。</source>
        <translation>얼굴을 찾을 수 없습니다. 카메라 정면에 서 주십시오.</translation>
    </message>
    <message>
        <source>複数の顔が映っています。お一人でカメラの前に立ってください。</source>
        <translation>여러 사람의 얼굴이 보입니다. 한 분만 카메라 앞에 서 주십시오.</translation>
    </message>
    <message>
        <source>もう少しカメラに近づいてください。</source>
        <translation>카메라에 조금 더 가까이 와 주십시오.</translation>
    </message>
    <message>
        <source>カメラから少し離れてください。</source>
        <translation>카메라에서 조금 떨어져 주십시오.</translation>
    </message>
    <message>
        <source>暗すぎます。明るい場所でお試しください。</source>
        <translation>너무 어둡습니다. 밝은 곳에서 시도해 주십시오.</translation>
    </message>
    <message>
        <source>明るすぎます。逆光を避けてください。</source>
        <translation>너무 밝습니다. 역광을 피해 주십시오.</translation>
    </message>
    <message>
        <source>顔を動かさないでください。</source>
        <translation>얼굴을 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>カメラの正面を向いてください。</source>
        <translation>카메라 정면을 바라봐 주십시오.</translation>
    </message>
    <message>
        <source>まばたきをしてください。</source>
        <translation>눈을 깜박여 주세요.</translation>
    </message>
    <message>
        <source>カメラを見て、まばたきをしてください。</source>
        <translation>카메라를 보면서 눈을 깜빡여 주십시오.</translation>
    </message>
    <message>
        <source>時間内に確認できませんでした。</source>
        <translation>시간 내에 확인하지 못했습니다.</translation>
    </message>
    <message>
        <source>顔をはっきり確認できませんでした。</source>
        <translation>얼굴을 선명하게 확인하지 못했습니다.</translation>
    </message>
    <message>
        <source>カメラの映像がありません。</source>
        <translation>카메라 영상이 없습니다.</translation>
    </message>
    <message>
        <source>診療・薬剤の情報</source>
        <translation>진료·약제 정보</translation>
    </message>
    <message>
        <source>手術の情報</source>
        <translation>수술 정보</translation>
    </message>
    <message>
        <source>特定健診の情報</source>
        <translation>특정 건강검진 정보</translation>
    </message>
    <message>
        <source>カメラを見てください。</source>
        <translation>카메라를 봐 주십시오.</translation>
    </message>
    <message>
        <source>お問い合わせ: マイナンバー総合フリーダイヤル %1 / 外国語 %2</source>
        <translation>문의: 마이넘버 종합 무료 전화 %1 / 외국어(한국어 등) %2</translation>
    </message>
    <message>
        <source>音声案内は利用できません</source>
        <translation>음성 안내를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>文字を大きく</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>見やすい配色</source>
        <translation>고대비 색상</translation>
    </message>
    <message>
        <source>音声案内</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>目視確認の許可</source>
        <translation>육안 확인 허가</translation>
    </message>
    <message>
        <source>読み取り端末で患者さんが「職員を呼ぶ」を選んだとき、その端末での目視確認をここから許可できます。ご本人であることを確かめてから許可してください。許可は5分間、1回だけ有効です。</source>
        <translation>환자가 카드 리더기에서 ‘직원 호출’을 선택하면 여기에서 그 단말기의 육안 확인을 허가할 수 있습니다. 본인임을 확인한 후 허가해 주십시오. 허가는 5분간 1회만 유효합니다.</translation>
    </message>
    <message>
        <source>読み取り端末</source>
        <translation>카드 리더기</translation>
    </message>
    <message>
        <source>施設のパスワード</source>
        <translation>시설 패스워드</translation>
    </message>
    <message>
        <source>目視確認を許可する</source>
        <translation>육안 확인 허가하기</translation>
    </message>
    <message>
        <source>読み取り端末「%1」で目視確認を許可しました（5分間有効）。</source>
        <translation>카드 리더기 ‘%1’에서 육안 확인을 허가했습니다(5분간 유효).</translation>
    </message>
    <message>
        <source>パスワードが違います。許可していません。</source>
        <translation>패스워드가 틀렸습니다. 육안 확인을 허가하지 않았습니다.</translation>
    </message>
    <message>
        <source>この端末でもパスワードの入力が止められています。</source>
        <translation>이 단말기에서도 비밀번호 입력이 중지되었습니다.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません（施設の設定）。許可していません。</source>
        <translation>이 시설에서는 육안 확인을 하지 않습니다(시설 설정). 육안 확인을 허가하지 않았습니다.</translation>
    </message>
    <message>
        <source>読み取り端末の名前が正しくありません（50文字まで）。</source>
        <translation>카드 리더기 이름이 올바르지 않습니다(최대 50자).</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。許可していません。</source>
        <translation>자격 확인 시스템에 연결할 수 없습니다. 육안 확인을 허가하지 않았습니다.</translation>
    </message>
    <message>
        <source>読み取り端末を選ぶか、入力してください。</source>
        <translation>카드 리더기를 선택하거나 입력해 주십시오.</translation>
    </message>
    <message>
        <source>施設のパスワードを入力してください。</source>
        <translation>시설 패스워드를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>確認しています…</source>
        <translation>확인하고 있습니다…</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>申請書ID（数字23桁）</source>
        <translation>신청서 ID(숫자 23자리)</translation>
    </message>
    <message>
        <source>%1 / %2 桁</source>
        <translation>%1 / %2자리</translation>
    </message>
    <message>
        <source>例: taro@example.jp</source>
        <translation>예: taro@example.jp</translation>
    </message>
    <message>
        <source>目視確認</source>
        <translation>육안 확인</translation>
    </message>
    <message>
        <source>本人確認前</source>
        <translation>본인 확인 전</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間内）</source>
        <translation>전자증명서 기한 만료(유예 기간 내)</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間後）</source>
        <translation>전자증명서 기한 만료(유예 기간 후)</translation>
    </message>
    <message>
        <source>電子証明書の有効期間前</source>
        <translation>전자증명서 유효 기간 전</translation>
    </message>
    <message>
        <source>一時利用停止中（紛失の届出）</source>
        <translation>일시 이용 정지 중(분실 신고)</translation>
    </message>
    <message>
        <source>電子証明書の失効</source>
        <translation>전자증명서 실효</translation>
    </message>
    <message>
        <source>電子証明書の記録なし</source>
        <translation>전자증명서 기록 없음</translation>
    </message>
    <message>
        <source>資格有効</source>
        <translation>자격 유효</translation>
    </message>
    <message>
        <source>資格なし（新しい保険者の届出前）</source>
        <translation>자격 없음(새 보험자 신고 전)</translation>
    </message>
    <message>
        <source>資格なし（新しい資格は開始前）</source>
        <translation>자격 없음(새 자격 개시 전)</translation>
    </message>
    <message>
        <source>資格の記録なし</source>
        <translation>자격 기록 없음</translation>
    </message>
    <message>
        <source>ICチップ破損（読み取れません）</source>
        <translation>IC 칩 손상(읽을 수 없음)</translation>
    </message>
    <message>
        <source>利用登録済み</source>
        <translation>이용 등록 완료</translation>
    </message>
    <message>
        <source>顔認証カード（暗証番号なし）</source>
        <translation>얼굴 인증 카드(비밀번호 없음)</translation>
    </message>
    <message>
        <source>暗証番号ロック中</source>
        <translation>비밀번호 잠김</translation>
    </message>
    <message>
        <source>暗証番号 残り %1 回</source>
        <translation>비밀번호 남은 횟수 %1회</translation>
    </message>
    <message>
        <source>被扶養者</source>
        <translation>피부양자</translation>
    </message>
    <message>
        <source>15歳未満</source>
        <translation>15세 미만</translation>
    </message>
    <message>
        <source>70歳以上</source>
        <translation>70세 이상</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>資格無効</source>
        <translation>자격 무효</translation>
    </message>
    <message>
        <source>資格無効（新しい資格あり）</source>
        <translation>자격 무효(새 자격 있음)</translation>
    </message>
    <message>
        <source>資格情報なし</source>
        <translation>자격 정보 없음</translation>
    </message>
    <message>
        <source>複数該当（枝番で特定）</source>
        <translation>복수 해당(가지번호로 특정)</translation>
    </message>
    <message>
        <source>受付完了</source>
        <translation>접수 완료</translation>
    </message>
    <message>
        <source>証明書エラー</source>
        <translation>증명서 오류</translation>
    </message>
    <message>
        <source>利用登録なし</source>
        <translation>이용 등록 없음</translation>
    </message>
    <message>
        <source>利用登録できず</source>
        <translation>이용 등록 실패</translation>
    </message>
    <message>
        <source>中断</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>システムエラー</source>
        <translation>시스템 오류</translation>
    </message>
    <message>
        <source>診療・薬剤</source>
        <translation>진료·약제</translation>
    </message>
    <message>
        <source>手術</source>
        <translation>수술</translation>
    </message>
    <message>
        <source>特定健診</source>
        <translation>특정 건강검진</translation>
    </message>
    <message>
        <source>証明書期限切れ（猶予期間：資格確認のみ）</source>
        <translation>증명서 기한 만료(유예 기간: 자격 확인만)</translation>
    </message>
    <message>
        <source>証明書の更新時期</source>
        <translation>증명서 갱신 시기</translation>
    </message>
    <message>
        <source>受付時に利用登録</source>
        <translation>접수 시 이용 등록</translation>
    </message>
    <message>
        <source>複数該当</source>
        <translation>복수 해당</translation>
    </message>
    <message>
        <source>途中でカードが取り出された</source>
        <translation>도중에 카드를 뺌</translation>
    </message>
    <message>
        <source>資格情報なし（登録できず）</source>
        <translation>자격 정보 없음(등록 불가)</translation>
    </message>
    <message>
        <source>他の方に登録済みのカード</source>
        <translation>다른 사람에게 등록된 카드</translation>
    </message>
    <message>
        <source>一時利用停止中のカード</source>
        <translation>일시 정지 중인 카드</translation>
    </message>
    <message>
        <source>証明書失効</source>
        <translation>증명서 실효</translation>
    </message>
    <message>
        <source>証明書期限切れ</source>
        <translation>증명서 기한 만료</translation>
    </message>
    <message>
        <source>証明書の有効期間前</source>
        <translation>증명서 유효기간 전</translation>
    </message>
    <message>
        <source>不明な証明書</source>
        <translation>알 수 없는 증명서</translation>
    </message>
    <message>
        <source>確認できない証明書</source>
        <translation>확인할 수 없는 증명서</translation>
    </message>
    <message>
        <source>顔認証の処理が時間内に終わらず</source>
        <translation>얼굴 인증 처리가 시간 내에 끝나지 않음</translation>
    </message>
    <message>
        <source>端末の処理が止まり、受付をやり直し</source>
        <translation>단말기 처리가 멈춰 접수를 다시 시작함</translation>
    </message>
    <message>
        <source>受付中に端末が終了</source>
        <translation>접수 중 단말기 종료</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>家族</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <source>未照会</source>
        <translation>미조회</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1년 %2월 %3일</translation>
    </message>
    <message>
        <source>%1割</source>
        <translation>%1할</translation>
    </message>
    <message>
        <source>時刻</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>단말기</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>カナ</source>
        <translation>가나</translation>
    </message>
    <message>
        <source>負担</source>
        <translation>본인부담</translation>
    </message>
    <message>
        <source>保険者</source>
        <translation>보험자</translation>
    </message>
    <message>
        <source>記号・番号・枝番</source>
        <translation>기호·번호·가지번호</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>자격</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>処方箋</source>
        <translation>처방전</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>受付番号</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>本人・家族</source>
        <translation>본인·가족</translation>
    </message>
    <message>
        <source>保険者番号</source>
        <translation>보험자 번호</translation>
    </message>
    <message>
        <source>保険者名</source>
        <translation>보험자명</translation>
    </message>
    <message>
        <source>記号</source>
        <translation>기호</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>枝番</source>
        <translation>가지번호</translation>
    </message>
    <message>
        <source>負担割合</source>
        <translation>본인 부담 비율</translation>
    </message>
    <message>
        <source>高齢受給者の負担割合</source>
        <translation>고령 수급자의 본인 부담 비율</translation>
    </message>
    <message>
        <source>限度額適用区分</source>
        <translation>한도액 적용 구분</translation>
    </message>
    <message>
        <source>資格取得日</source>
        <translation>자격 취득일</translation>
    </message>
    <message>
        <source>資格喪失日</source>
        <translation>자격 상실일</translation>
    </message>
    <message>
        <source>喪失事由</source>
        <translation>상실 사유</translation>
    </message>
    <message>
        <source>一覧から受付を選ぶと、詳細が表示されます。</source>
        <translation>목록에서 접수를 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>受付</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>資格情報はありません（照会前に終了したか、該当する資格がありません）。</source>
        <translation>자격 정보가 없습니다(조회 전에 종료되었거나 해당하는 자격이 없습니다).</translation>
    </message>
    <message>
        <source>被保険者</source>
        <translation>피보험자</translation>
    </message>
    <message>
        <source>資格情報</source>
        <translation>자격 정보</translation>
    </message>
    <message>
        <source>資格確認端末 %1</source>
        <translation>자격 확인 단말기 %1</translation>
    </message>
    <message>
        <source>%1（医療機関コード %2）受付一覧</source>
        <translation>%1(의료기관 코드 %2) 접수 목록</translation>
    </message>
    <message>
        <source>受付を待っています。</source>
        <translation>접수를 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません: %1</source>
        <translation>자격 확인 시스템에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>受付 %1 件</source>
        <translation>접수 %1건</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。再試行しています: %1</source>
        <translation>자격 확인 시스템에 연결할 수 없습니다. 다시 시도하고 있습니다: %1</translation>
    </message>
    <message>
        <source>カードの本人</source>
        <translation>카드 소지자 본인</translation>
    </message>
    <message>
        <source>別の人</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <source>本人の写真（印刷物）</source>
        <translation>본인의 사진(인쇄물)</translation>
    </message>
    <message>
        <source>誰もいない</source>
        <translation>아무도 없음</translation>
    </message>
    <message>
        <source>本人の動画（スマートフォン）</source>
        <translation>본인 동영상 (스마트폰)</translation>
    </message>
    <message>
        <source>暗い部屋の本人</source>
        <translation>어두운 방의 본인</translation>
    </message>
    <message>
        <source>本人ともう一人</source>
        <translation>본인과 다른 한 사람</translation>
    </message>
    <message>
        <source>動画ファイル</source>
        <translation>동영상 파일</translation>
    </message>
    <message>
        <source>カメラなし（未接続）</source>
        <translation>카메라 없음(연결 안 됨)</translation>
    </message>
    <message>
        <source>ファイルを選ぶ…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>カメラの映像</source>
        <translation>카메라 영상</translation>
    </message>
    <message>
        <source>カメラ: %1</source>
        <translation>카메라: %1</translation>
    </message>
    <message>
        <source>動画ファイルを選ぶ</source>
        <translation>동영상 파일 선택</translation>
    </message>
    <message>
        <source>動画</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>カードを置く</source>
        <translation>카드 올리기</translation>
    </message>
    <message>
        <source>カードを取る</source>
        <translation>카드 빼기</translation>
    </message>
    <message>
        <source>差し替える</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>リーダーを外す（故障）</source>
        <translation>리더기 분리(고장)</translation>
    </message>
    <message>
        <source>次のコマンドで応答しない</source>
        <translation>다음 명령에 응답하지 않음</translation>
    </message>
    <message>
        <source>窓口・コールセンター・保険者の操作（選んだ人に）</source>
        <translation>창구·콜센터·보험자 조작(선택한 사람에게)</translation>
    </message>
    <message>
        <source>暗証番号ロック解除（市区町村窓口）</source>
        <translation>비밀번호 잠금 해제(시구정촌 창구)</translation>
    </message>
    <message>
        <source>一時利用停止（紛失の届出）</source>
        <translation>일시 정지(분실 신고)</translation>
    </message>
    <message>
        <source>一時利用停止の解除</source>
        <translation>일시 정지 해제</translation>
    </message>
    <message>
        <source>保険者を変更（本日から）</source>
        <translation>보험자 변경(오늘부터)</translation>
    </message>
    <message>
        <source>人物とカード</source>
        <translation>인물과 카드</translation>
    </message>
    <message>
        <source>カードを置きました: %1</source>
        <translation>카드를 올렸습니다: %1</translation>
    </message>
    <message>
        <source>カードを取りました</source>
        <translation>카드를 뺐습니다</translation>
    </message>
    <message>
        <source>カードを差し替えました: %1</source>
        <translation>카드를 바꿨습니다: %1</translation>
    </message>
    <message>
        <source>リーダーを外しました</source>
        <translation>리더기를 분리했습니다</translation>
    </message>
    <message>
        <source>リーダーを接続しました</source>
        <translation>리더기를 연결했습니다</translation>
    </message>
    <message>
        <source>次のコマンドでリーダーが応答しなくなります</source>
        <translation>리더기가 다음 명령에 응답하지 않게 됩니다</translation>
    </message>
    <message>
        <source>暗証番号のロックを解除しました（残り %1 回）</source>
        <translation>비밀번호 잠금을 해제했습니다(남은 횟수 %1회)</translation>
    </message>
    <message>
        <source>一時利用停止しました（%1）</source>
        <translation>일시 정지했습니다(%1)</translation>
    </message>
    <message>
        <source>一時利用停止を解除しました（%1）</source>
        <translation>일시 정지를 해제했습니다(%1)</translation>
    </message>
    <message>
        <source>保険者を変更しました: %1</source>
        <translation>보험자를 변경했습니다: %1</translation>
    </message>
    <message>
        <source>この操作は人物のカードにだけ行えます</source>
        <translation>이 조작은 인물의 카드에만 할 수 있습니다</translation>
    </message>
    <message>
        <source>リーダー: カードなし</source>
        <translation>리더기: 카드 없음</translation>
    </message>
    <message>
        <source>リーダー: %1</source>
        <translation>리더기: %1</translation>
    </message>
    <message>
        <source>その他のカード</source>
        <translation>기타 카드</translation>
    </message>
    <message>
        <source>健康保険証（ICチップなし）</source>
        <translation>건강보험증(IC 칩 없음)</translation>
    </message>
    <message>
        <source>交通系ICカード（マイナンバーカードではない）</source>
        <translation>교통 IC 카드(마이넘버 카드 아님)</translation>
    </message>
    <message>
        <source>電子処方箋を使う</source>
        <translation>전자 처방전 사용</translation>
    </message>
    <message>
        <source>職員の目視確認を認める</source>
        <translation>직원의 육안 확인 허용</translation>
    </message>
    <message>
        <source>実行して再生</source>
        <translation>실행 및 재생</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>画面ごとの間</source>
        <translation>화면 간 간격</translation>
    </message>
    <message>
        <source>シナリオ（新しいデモ環境で再生します）</source>
        <translation>시나리오(새 데모 환경에서 재생합니다)</translation>
    </message>
    <message>
        <source>実行中: %1</source>
        <translation>실행 중: %1</translation>
    </message>
    <message>
        <source>再生中（シナリオ）: %1</source>
        <translation>재생 중(시나리오): %1</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>합격</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>불합격</translation>
    </message>
    <message>
        <source>%1: %2（%3 秒）</source>
        <translation>%1: %2(%3초)</translation>
    </message>
    <message>
        <source>再生終了: %1</source>
        <translation>재생 종료: %1</translation>
    </message>
    <message>
        <source>実行できませんでした: %1</source>
        <translation>실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>シナリオを選ぶ</source>
        <translation>시나리오 선택</translation>
    </message>
    <message>
        <source>シナリオ</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>読み直す</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <source>同意を求める項目</source>
        <translation>동의를 구하는 항목</translation>
    </message>
    <message>
        <source>顔認証の再試行回数</source>
        <translation>얼굴 인증 재시도 횟수</translation>
    </message>
    <message>
        <source>無操作で受付を中止するまで</source>
        <translation>조작이 없을 때 접수 중지까지</translation>
    </message>
    <message>
        <source>中止前の警告</source>
        <translation>중지 전 경고</translation>
    </message>
    <message>
        <source>既定の言語</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <source>施設 %1 の設定</source>
        <translation>시설 %1의 설정</translation>
    </message>
    <message>
        <source>変更は次の受付（次に置かれたカード）から有効になります。</source>
        <translation>변경 사항은 다음 접수(다음에 올려진 카드)부터 적용됩니다.</translation>
    </message>
    <message>
        <source>施設の設定を保存しました</source>
        <translation>시설 설정을 저장했습니다</translation>
    </message>
    <message>
        <source>端末に反映しました: 次に置かれたカードから使われます。</source>
        <translation>단말기에 반영했습니다: 다음에 올려진 카드부터 사용됩니다.</translation>
    </message>
    <message>
        <source>受付の途中です: この受付が終わると反映します。</source>
        <translation>접수 중입니다: 이 접수가 끝나면 반영됩니다.</translation>
    </message>
    <message>
        <source>設定を変更できませんでした: %1</source>
        <translation>설정을 변경하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>カード・カメラ</source>
        <translation>카드·카메라</translation>
    </message>
    <message>
        <source>施設の設定</source>
        <translation>시설 설정</translation>
    </message>
    <message>
        <source>職員画面（資格確認端末）を開く</source>
        <translation>직원 화면(자격 확인 단말기) 열기</translation>
    </message>
    <message>
        <source>端末: %1</source>
        <translation>단말기: %1</translation>
    </message>
    <message>
        <source>拒否: %1</source>
        <translation>거부: %1</translation>
    </message>
    <message>
        <source>処理中…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>顔が写っていません。カメラの正面に座ってください。</source>
        <translation>사진에 얼굴이 없습니다. 카메라 정면에 앉아 주십시오.</translation>
    </message>
    <message>
        <source>複数の顔が写っています。お一人で撮影してください。</source>
        <translation>여러 명의 얼굴이 찍혔습니다. 혼자 촬영해 주십시오.</translation>
    </message>
    <message>
        <source>顔が正面を向いていないか、傾いています。まっすぐカメラを見てください。</source>
        <translation>얼굴이 정면을 향하지 않거나 기울어져 있습니다. 카메라를 똑바로 봐 주십시오.</translation>
    </message>
    <message>
        <source>顔の大きさや位置が枠に合っていません。枠に顔を合わせてください。</source>
        <translation>얼굴 크기나 위치가 틀에 맞지 않습니다. 얼굴을 틀에 맞춰 주십시오.</translation>
    </message>
    <message>
        <source>目がはっきり写っていません。サングラスを外し、目を開けてください。</source>
        <translation>눈이 선명하게 찍히지 않았습니다. 선글라스를 벗고 눈을 떠 주십시오.</translation>
    </message>
    <message>
        <source>背景が無地ではありません。後ろに模様や物が写らないようにしてください。</source>
        <translation>배경이 무늬 없는 단색이 아닙니다. 뒤에 무늬나 물건이 찍히지 않도록 해 주십시오.</translation>
    </message>
    <message>
        <source>顔や背景に強い影があります。</source>
        <translation>얼굴이나 배경에 짙은 그림자가 있습니다.</translation>
    </message>
    <message>
        <source>写真がぼやけています。撮影中は動かないでください。</source>
        <translation>사진이 흐립니다. 촬영하는 동안 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>明るさが適切ではありません（暗すぎるか、明るすぎます）。</source>
        <translation>밝기가 적절하지 않습니다(너무 어둡거나 너무 밝습니다).</translation>
    </message>
    <message>
        <source>写真が申請の条件を満たしていません。</source>
        <translation>사진이 신청 조건을 충족하지 않습니다.</translation>
    </message>
    <message>
        <source>申請書IDは数字23桁です（入力は %1 桁）。</source>
        <translation>신청서 ID는 숫자 23자리입니다(입력: %1자리).</translation>
    </message>
    <message>
        <source>申請書IDには数字だけを使えます（%1 文字目が数字ではありません）。</source>
        <translation>신청서 ID에는 숫자만 쓸 수 있습니다(%1번째 문자가 숫자가 아닙니다).</translation>
    </message>
    <message>
        <source>QRコードを読み取れませんでした。もう一度かざすか、数字で入力してください。</source>
        <translation>QR 코드를 읽지 못했습니다. 다시 비추거나 숫자로 입력해 주십시오.</translation>
    </message>
    <message>
        <source>読み取ったQRコードは交付申請書のものではありません。</source>
        <translation>읽은 QR 코드는 교부 신청서의 것이 아닙니다.</translation>
    </message>
    <message>
        <source>数字で入力してください。</source>
        <translation>숫자로 입력해 주십시오.</translation>
    </message>
    <message>
        <source>メールアドレスを入力してください。</source>
        <translation>이메일 주소를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>メールアドレスが長すぎます。</source>
        <translation>이메일 주소가 너무 깁니다.</translation>
    </message>
    <message>
        <source>「@」を1つだけ入れてください。</source>
        <translation>&apos;@&apos;를 하나만 넣어 주십시오.</translation>
    </message>
    <message>
        <source>「@」の前に使えない文字があります。</source>
        <translation>&apos;@&apos; 앞에 사용할 수 없는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>「@」の後ろ（ドメイン）が正しくありません。</source>
        <translation>&apos;@&apos; 뒤(도메인)가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>マイナンバーカードの申請</source>
        <translation>마이넘버 카드 신청</translation>
    </message>
    <message>
        <source>この証明写真機で、マイナンバーカードの交付申請ができます。</source>
        <translation>이 증명사진기에서 마이넘버 카드 교부 신청을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>お手元に交付申請書をご用意ください。</source>
        <translation>교부 신청서를 준비해 주십시오.</translation>
    </message>
    <message>
        <source>申請をはじめる</source>
        <translation>신청 시작</translation>
    </message>
    <message>
        <source>交付申請書の申請書ID（数字23桁）を入力するか、QRコードを読み取ってください。</source>
        <translation>교부 신청서의 신청서 ID(숫자 23자리)를 입력하거나 QR 코드를 읽혀 주십시오.</translation>
    </message>
    <message>
        <source>申請書IDの入力</source>
        <translation>신청서 ID 입력</translation>
    </message>
    <message>
        <source>QRコードを読み取る</source>
        <translation>QR 코드 읽기</translation>
    </message>
    <message>
        <source>QRコードの読み取り</source>
        <translation>QR 코드 읽기</translation>
    </message>
    <message>
        <source>交付申請書のQRコードをカメラにかざしてください。</source>
        <translation>교부 신청서의 QR 코드를 카메라에 비춰 주십시오.</translation>
    </message>
    <message>
        <source>%1 秒以内に読み取れないときは、入力の画面に戻ります。</source>
        <translation>%1초 안에 읽지 못하면 입력 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>数字で入力する</source>
        <translation>숫자로 입력</translation>
    </message>
    <message>
        <source>申請書ID: %1</source>
        <translation>신청서 ID: %1</translation>
    </message>
    <message>
        <source>申請用の写真は次のように撮影します。</source>
        <translation>신청용 사진은 다음과 같이 촬영합니다.</translation>
    </message>
    <message>
        <source>正面を向き、帽子をとってください。</source>
        <translation>정면을 보고 모자를 벗어 주십시오.</translation>
    </message>
    <message>
        <source>サングラスや前髪で目を隠さないでください。</source>
        <translation>선글라스나 앞머리로 눈을 가리지 마십시오.</translation>
    </message>
    <message>
        <source>背景に模様や物、ほかの人が写らないようにしてください。</source>
        <translation>배경에 무늬나 물건, 다른 사람이 찍히지 않도록 해 주십시오.</translation>
    </message>
    <message>
        <source>顔や背景に影ができないようにしてください。</source>
        <translation>얼굴이나 배경에 그림자가 생기지 않도록 해 주십시오.</translation>
    </message>
    <message>
        <source>撮影中は動かないでください。ぼやけた写真は使えません。</source>
        <translation>촬영 중에는 움직이지 마십시오. 흐린 사진은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>ふだんの顔と著しく異なる写真は使えません。</source>
        <translation>평소 얼굴과 현저히 다른 사진은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>帽子の有無と、ふだんの顔と異なっていないかは自動では確認できません。ご自身でお確かめください。</source>
        <translation>모자 착용 여부와 평소 얼굴과 다르지 않은지는 자동으로 확인할 수 없습니다. 직접 확인해 주십시오.</translation>
    </message>
    <message>
        <source>撮影の前に</source>
        <translation>촬영 전에</translation>
    </message>
    <message>
        <source>撮影に進む</source>
        <translation>촬영으로 진행</translation>
    </message>
    <message>
        <source>申請書IDを直す</source>
        <translation>신청서 ID 수정</translation>
    </message>
    <message>
        <source>写真の撮影</source>
        <translation>사진 촬영</translation>
    </message>
    <message>
        <source>枠に顔を合わせ、まっすぐカメラを見てください。</source>
        <translation>얼굴을 틀에 맞추고 카메라를 똑바로 봐 주십시오.</translation>
    </message>
    <message>
        <source>準備ができたら「撮影する」を押してください。3秒後に撮影します。</source>
        <translation>준비가 되면 &apos;촬영하기&apos;를 눌러 주십시오. 3초 후에 촬영합니다.</translation>
    </message>
    <message>
        <source>撮影する</source>
        <translation>촬영하기</translation>
    </message>
    <message>
        <source>%1 秒後に撮影します</source>
        <translation>%1초 후에 촬영합니다</translation>
    </message>
    <message>
        <source>カメラを見て、動かないでください。</source>
        <translation>카메라를 보고 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>写真を確認しています</source>
        <translation>사진을 확인하고 있습니다</translation>
    </message>
    <message>
        <source>しばらくお待ちください。</source>
        <translation>잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <source>ほかに %1 点の問題があります。</source>
        <translation>그 밖의 문제: %1건</translation>
    </message>
    <message>
        <source>この写真は申請に使えません</source>
        <translation>이 사진은 신청에 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>もう一度撮影してください。</source>
        <translation>다시 촬영해 주십시오.</translation>
    </message>
    <message>
        <source>撮り直す</source>
        <translation>다시 찍기</translation>
    </message>
    <message>
        <source>写真の確認</source>
        <translation>사진 확인</translation>
    </message>
    <message>
        <source>この写真で申請しますか？</source>
        <translation>이 사진으로 신청하시겠습니까?</translation>
    </message>
    <message>
        <source>写真は縦45mm×横35mmの枠に合わせて送られます。</source>
        <translation>사진은 세로 45mm × 가로 35mm 틀에 맞춰 보내집니다.</translation>
    </message>
    <message>
        <source>この写真で申請する</source>
        <translation>이 사진으로 신청</translation>
    </message>
    <message>
        <source>メールアドレスが正しくありません。</source>
        <translation>이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができたときに連絡するメールアドレスを入力してください。</source>
        <translation>카드 교부 준비가 되었을 때 연락받을 이메일 주소를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>連絡先メールアドレス</source>
        <translation>연락처 이메일 주소</translation>
    </message>
    <message>
        <source>申請内容の確認</source>
        <translation>신청 내용 확인</translation>
    </message>
    <message>
        <source>メールアドレス: %1</source>
        <translation>이메일 주소: %1</translation>
    </message>
    <message>
        <source>撮影した写真とこの内容で申請します。よろしいですか？</source>
        <translation>촬영한 사진과 이 내용으로 신청합니다. 괜찮으십니까?</translation>
    </message>
    <message>
        <source>申請する</source>
        <translation>신청하기</translation>
    </message>
    <message>
        <source>メールアドレスを直す</source>
        <translation>이메일 주소 수정</translation>
    </message>
    <message>
        <source>送信中</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <source>申請を送信しています。しばらくお待ちください。</source>
        <translation>신청을 보내고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <source>申請を受け付けました</source>
        <translation>신청이 접수되었습니다</translation>
    </message>
    <message>
        <source>受付番号: %1</source>
        <translation>접수 번호: %1</translation>
    </message>
    <message>
        <source>受付番号はこの画面にだけ表示されます。お控えください。</source>
        <translation>접수 번호는 이 화면에만 표시됩니다. 적어 두십시오.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができると、メールでお知らせします。</source>
        <translation>카드 교부 준비가 되면 이메일로 알려 드립니다.</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>送信できませんでした</source>
        <translation>보내지 못했습니다</translation>
    </message>
    <message>
        <source>もう一度送信するか、中止してください。</source>
        <translation>다시 보내거나 중지해 주십시오.</translation>
    </message>
    <message>
        <source>もう一度送信する</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>カード</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>申請</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>規約</source>
        <translation>약관</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>申請書ID</source>
        <translation>신청서 ID</translation>
    </message>
    <message>
        <source>写真</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>医療機関の受付</source>
        <translation>의료기관 접수</translation>
    </message>
    <message>
        <source>利用登録のセルフ端末</source>
        <translation>이용 등록 셀프 단말기</translation>
    </message>
    <message>
        <source>マイナポータル（スマートフォン）</source>
        <translation>마이나포털(스마트폰)</translation>
    </message>
    <message>
        <source>証明写真機（交付申請）</source>
        <translation>증명사진 촬영기(발급 신청)</translation>
    </message>
    <message>
        <source>マイナ保険証 受付 — %1</source>
        <translation>마이넘버 카드 건강보험 접수 — %1</translation>
    </message>
    <message>
        <source>QA パネル（エミュレーター） — %1</source>
        <translation>QA 패널(에뮬레이터) — %1</translation>
    </message>
    <message>
        <source>再生: %1 — %2</source>
        <translation>재생: %1 — %2</translation>
    </message>
    <message>
        <source>準備中</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>係員メニュー：端末の終了</source>
        <translation>직원 메뉴: 단말기 종료</translation>
    </message>
    <message>
        <source>施設のパスワードを入力すると、この端末を終了します。</source>
        <translation>시설 비밀번호를 입력하면 이 단말기를 종료합니다.</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>端末を終了します。</source>
        <translation>단말기를 종료합니다.</translation>
    </message>
    <message>
        <source>パスワードを確認できません。システムに接続できません。</source>
        <translation>비밀번호를 확인할 수 없습니다. 시스템에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>OQSフォルダが見つかりません（共有フォルダの接続を確認してください）</source>
        <translation>OQS 폴더를 찾을 수 없습니다(공유 폴더 연결을 확인하십시오)</translation>
    </message>
    <message>
        <source>書き込めません（ディスクの空きと書き込み権限を確認してください）</source>
        <translation>쓸 수 없습니다(디스크 여유 공간과 쓰기 권한을 확인하십시오)</translation>
    </message>
    <message>
        <source>ファイルに書けない値があります</source>
        <translation>파일에 쓸 수 없는 값이 있습니다</translation>
    </message>
    <message>
        <source>予期しないエラーです</source>
        <translation>예기치 않은 오류입니다</translation>
    </message>
    <message>
        <source>書き込み済み</source>
        <translation>기록됨</translation>
    </message>
    <message>
        <source>書き込み失敗</source>
        <translation>기록 실패</translation>
    </message>
    <message>
        <source>レセコン連携（OQSファイル）</source>
        <translation>진료 시스템 연계(OQS 파일)</translation>
    </message>
    <message>
        <source>書き込み %1 件・失敗 %2 件</source>
        <translation>기록 %1건, 실패 %2건</translation>
    </message>
    <message>
        <source>ファイル名・理由</source>
        <translation>파일 이름 또는 이유</translation>
    </message>
    <message>
        <source>一覧を隠す</source>
        <translation>목록 숨기기</translation>
    </message>
    <message>
        <source>一覧を表示</source>
        <translation>목록 보기</translation>
    </message>
    <message>
        <source>まだありません</source>
        <translation>아직 없습니다</translation>
    </message>
</context>
</TS>
